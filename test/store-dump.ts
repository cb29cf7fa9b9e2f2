// A whole store as canonical text, for the migration tests: every actor and
// partnership with its labels and every property, and every relationship with
// its type, ends and every property, read with the API's own statements
// (actors-by-ids, partnerships-by-ids, links-of-nodes), not the export's, so
// that what the export leaves out shows as a difference. Two stores holding
// the same graph give the same dump.
import type { StatementRunner } from '../server/store/store.ts';
import { canonicalJson } from './support/answers.ts';

const PAGE = 2_000;

export interface StoreDump {
  /** One line per node, sorted. */
  nodes: string[];
  /** One line per relationship, sorted. */
  links: string[];
  stats: unknown;
  relationshipCounts: unknown;
}

async function inPages<T>(runner: StatementRunner, statement: string, ids: string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += PAGE) rows.push(...((await runner.run(statement, { ids: ids.slice(i, i + PAGE) })) as T[]));
  return rows;
}

export async function dumpStore(runner: StatementRunner): Promise<StoreDump> {
  const ids = await runner.run<{ id: string; kind: string }>('export-node-ids');
  const actorIds = ids.filter((n) => n.kind !== 'PARTNERSHIP').map((n) => n.id);
  const partnershipIds = ids.filter((n) => n.kind === 'PARTNERSHIP').map((n) => n.id);
  const actors = await inPages<{ id: string; props: object; labels: string[] }>(runner, 'actors-by-ids', actorIds);
  const partnerships = await inPages<{ id: string; props: object }>(runner, 'partnerships-by-ids', partnershipIds);
  const links = await inPages<{ type: string; actor: string; target: string; props: object }>(runner, 'links-of-nodes', [...actorIds, ...partnershipIds]);
  const [stats] = await runner.run('stats');
  return {
    nodes: [
      ...actors.map((a) => canonicalJson({ id: a.id, labels: [...a.labels].sort(), props: a.props })),
      ...partnerships.map((p) => canonicalJson({ id: p.id, labels: ['Partnership'], props: p.props })),
    ].sort(),
    // Each relationship is found from both of its ends: once each.
    links: [...new Set(links.map((l) => canonicalJson({ type: l.type, from: l.actor, to: l.target, props: l.props })))].sort(),
    stats,
    relationshipCounts: await runner.run('relationship-counts'),
  };
}

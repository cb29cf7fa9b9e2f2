// Writing and deleting relationships. Each kind of link has its upsert
// statement (which names its two ends in its own words); a link written again
// keeps its stored sources and gains the write's.
import type { StatementRunner } from '../store/store.ts';
import { linkKey, type GraphLink } from './graph-reads.ts';
import { provenanceProps, type Provenance } from './provenance.ts';

export interface LinkKind {
  type: 'PARTICIPATES_IN' | 'MEMBER_OF' | 'SUPPORTS' | 'RUN_BY';
  statement: string;
  row(actor: string, target: string, props: Record<string, unknown>): Record<string, unknown>;
}

export const PARTICIPATION: LinkKind = {
  type: 'PARTICIPATES_IN',
  statement: 'upsert-participations',
  row: (actor, partnership, props) => ({ actor, partnership, props }),
};
export const MEMBERSHIP: LinkKind = {
  type: 'MEMBER_OF',
  statement: 'upsert-memberships',
  row: (member, organisation, props) => ({ member, organisation, props }),
};
export const SUPPORT: LinkKind = { type: 'SUPPORTS', statement: 'upsert-supports', row: (programme, target, props) => ({ programme, target, props }) };
export const RUN: LinkKind = { type: 'RUN_BY', statement: 'upsert-runs', row: (programme, runner, props) => ({ programme, runner, props }) };

/** Runs an upsert or delete statement and checks it wrote every row: a shortfall means a dangling id, and aborts the transaction. */
export async function writeAll(tx: StatementRunner, statement: string, param: string, rows: unknown[]): Promise<void> {
  if (!rows.length) return;
  const [result] = await tx.run<{ written: number }>(statement, { [param]: rows });
  if (result?.written !== rows.length) throw new Error(`${statement} wrote ${result?.written ?? 0} of ${rows.length} rows`);
}

export const deleteLinks = (tx: StatementRunner, links: GraphLink[]) =>
  writeAll(tx, 'delete-links', 'links', links.map((l) => ({ actor: l.actor, target: l.target, type: l.type, id: (l.props.id as string | undefined) ?? null })));

export interface WantedLink {
  actor: string;
  target: string;
  props?: Record<string, unknown>;
}

/**
 * Makes the links of one kind on one side of a node exactly `wanted`: those
 * of `current` not wanted are deleted; the wanted ones are written, adding
 * the write's sources to those a link already had. Relationships carry no notes.
 */
export async function replaceLinks(tx: StatementRunner, kind: LinkKind, current: GraphLink[], wanted: WantedLink[], provenance: Provenance): Promise<void> {
  const key = (l: { actor: string; target: string }) => linkKey({ type: kind.type, actor: l.actor, target: l.target, props: {} });
  const wantedKeys = new Set(wanted.map(key));
  const stored = new Map(current.filter((l) => l.type === kind.type).map((l) => [key(l), l]));
  await deleteLinks(tx, [...stored.values()].filter((l) => !wantedKeys.has(key(l))));
  const forLinks = { ...provenance, notes: undefined };
  const rows = wanted.map((w) => kind.row(w.actor, w.target, { ...w.props, ...provenanceProps(forLinks, stored.get(key(w))?.props) }));
  await writeAll(tx, kind.statement, 'rows', rows);
}

// What an import needs to know of the store, read through the same runner as
// its writes (inside the import's transaction, or the store itself for a dry
// run): which of the ids it defines or names exist and as what, the parties of
// the stored partnerships it adds to, and the properties of the nodes and
// relationships it updates (whose provenance it adds to).
import type { ActorKind } from '../../domain/enums.ts';
import type { Row, StatementRunner } from '../../store/store.ts';
import type { KnownNode } from '../check-data.ts';
import type { GraphRows } from '../graph-rows.ts';
import { LINKS, nodesOf, type LinkCollection } from '../collections.ts';
import type { MergedData } from '../merge.ts';
import type { Props } from '../provenance-props.ts';
import type { ActorNodeKind, StoreContext, StoredPartnership } from '../store-context.ts';

const BATCH_SIZE = 2_000;

async function readInBatches<T extends Row>(runner: StatementRunner, statement: string, param: string, items: unknown[]): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    rows.push(...(await runner.run<T>(statement, { [param]: items.slice(start, start + BATCH_SIZE) })));
  }
  return rows;
}

export interface StoredNodes {
  context: StoreContext;
  /** The kind of every stored node the data names, for the reference checks. */
  known: Map<string, KnownNode>;
  /** The properties of every stored node the data names. */
  props: Map<string, Props>;
}

/** Every id the data defines or refers to. */
function idsOf(data: MergedData): string[] {
  const ids = new Set<string>();
  for (const { record } of nodesOf(data)) ids.add(record.id);
  for (const p of data.partnerships) for (const x of p.participants) ids.add(x.actor);
  for (const collection of Object.keys(LINKS) as LinkCollection[]) {
    const { from, to } = LINKS[collection];
    for (const r of data[collection] as unknown as Record<string, string>[]) ids.add(r[from]!).add(r[to]!);
  }
  return [...ids];
}

type ExistingNode = { id: string; kind: ActorKind | 'PARTNERSHIP'; donor: boolean; props: Props };
type Party = { id: string; actor: string; kind: ActorKind; country: string | null; donor: boolean; link: 'PARTICIPATES_IN' | 'FUNDS' };

const actorKind = (kind: ActorKind) => kind.toLowerCase() as ActorNodeKind;

export async function readStoredNodes(runner: StatementRunner, data: MergedData): Promise<StoredNodes> {
  const context: StoreContext = { actors: new Map(), partnerships: new Map() };
  const known = new Map<string, KnownNode>();
  const props = new Map<string, Props>();
  const addActor = (id: string, kind: ActorKind, country: unknown, donor: boolean) => {
    context.actors.set(id, { kind: actorKind(kind), country: typeof country === 'string' ? country : null, donor });
    known.set(id, { kind: actorKind(kind), donor });
  };

  for (const node of await readInBatches<ExistingNode>(runner, 'existing-nodes', 'ids', idsOf(data))) {
    props.set(node.id, node.props);
    if (node.kind !== 'PARTNERSHIP') addActor(node.id, node.kind, node.props.country, node.donor);
    else {
      known.set(node.id, { kind: 'partnership', donor: false });
      context.partnerships.set(node.id, {
        orientation: (node.props.orientation ?? null) as StoredPartnership['orientation'],
        orientationStated: node.props.orientationStated === true,
        modality: (node.props.modality ?? null) as StoredPartnership['modality'],
        participants: [],
        funders: [],
      });
    }
  }

  // The parties of the stored partnerships the data adds to: their orientation is derived from all of them.
  const added = new Set([...data.partnerships.map((p) => p.id), ...data.participations.map((x) => x.partnership), ...data.fundings.map((f) => f.recipient)]);
  const partnerships = [...added].filter((id) => context.partnerships.has(id));
  for (const party of await readInBatches<Party>(runner, 'parties-of-partnerships', 'ids', partnerships)) {
    const partnership = context.partnerships.get(party.id)!;
    (party.link === 'FUNDS' ? partnership.funders : partnership.participants).push(party.actor);
    if (!context.actors.has(party.actor)) addActor(party.actor, party.kind, party.country, party.donor);
  }
  return { context, known, props };
}

/** The relationship rows of the graph rows, by the collection of the records they come from. */
const LINK_ROWS = Object.keys(LINKS) as (LinkCollection & keyof GraphRows)[];

/** How a relationship is found again: its type, its two ends and, for a funding, its id. */
export const linkKey = (type: string, from: unknown, to: unknown, id: unknown) => [type, from, to, id ?? ''].join(' ');

/** The properties of every relationship among `rows` that the store holds already, by linkKey. */
export async function readStoredLinks(runner: StatementRunner, rows: GraphRows, storedIds: ReadonlySet<string>): Promise<Map<string, Props>> {
  const pairs = new Map<string, { actor: string; target: string }>();
  for (const collection of LINK_ROWS) {
    const { from, to } = LINKS[collection];
    for (const row of rows[collection]) {
      const [actor, target] = [row[from] as string, row[to] as string];
      if (storedIds.has(actor) && storedIds.has(target)) pairs.set(`${actor} ${target}`, { actor, target });
    }
  }
  type Link = { actor: string; target: string; type: string; props: Props };
  const links = await readInBatches<Link>(runner, 'links-between', 'pairs', [...pairs.values()]);
  return new Map(links.map((l) => [linkKey(l.type, l.actor, l.target, l.props.id), l.props]));
}

// What each collection of records becomes in the graph: a node of a kind (a
// city, a partnership...), or a link between two nodes (a membership, a
// funding...), with the fields that name its two ends and the relationship it
// becomes; and how problems name a record ("membership city:es:barcelona ->
// network:mercociudades").
import type { Collection, SeedData } from './schema.ts';
import type { NodeKind } from './store-context.ts';

export const NODES = {
  cities: 'city',
  associations: 'association',
  networks: 'network',
  donors: 'donor',
  programmes: 'programme',
  organisations: 'organisation',
  partnerships: 'partnership',
} as const satisfies Partial<Record<Collection, NodeKind>>;

export type NodeCollection = keyof typeof NODES;
export const NODE_COLLECTIONS = Object.keys(NODES) as NodeCollection[];

/** What the records of the node collections share, as far as kinds and references go. */
export interface NodeRecord {
  id: string;
  country?: string;
  donorType?: string;
}

/** Every node the data defines, with its kind; merged or not, as merging types only the fundings (links) differently. */
export const nodesOf = (data: Pick<SeedData, NodeCollection>): { kind: NodeKind; record: NodeRecord }[] =>
  NODE_COLLECTIONS.flatMap((collection) => (data[collection] as NodeRecord[]).map((record) => ({ kind: NODES[collection], record })));

export interface LinkShape {
  noun: string;
  from: string;
  to: string;
  type: string;
}

export const LINKS = {
  participations: { noun: 'participation', from: 'actor', to: 'partnership', type: 'PARTICIPATES_IN' },
  memberships: { noun: 'membership', from: 'member', to: 'organisation', type: 'MEMBER_OF' },
  fundings: { noun: 'funding', from: 'donor', to: 'recipient', type: 'FUNDS' },
  // The field is `programme` for history's sake: an organisation may support too.
  supports: { noun: 'support', from: 'programme', to: 'target', type: 'SUPPORTS' },
  runs: { noun: 'run', from: 'programme', to: 'runner', type: 'RUN_BY' },
} as const satisfies Partial<Record<Collection, LinkShape>>;

export type LinkCollection = keyof typeof LINKS;

export const isLink = (collection: Collection): collection is LinkCollection => collection in LINKS;

/** How problems name a record: a node by its id, a link by what it joins; null when the record names nothing. */
export function recordName(collection: Collection, record: unknown): string | null {
  const fields = (record ?? {}) as Record<string, unknown>;
  if (!isLink(collection)) return typeof fields.id === 'string' ? fields.id : null;
  const { noun, from, to } = LINKS[collection];
  const end = (value: unknown) => (typeof value === 'string' && value ? value : '?');
  return `${noun} ${end(fields[from])} -> ${end(fields[to])}`;
}

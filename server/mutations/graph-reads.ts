// What mutations read before they write, inside their transaction: the nodes
// an input names (to check they exist and are of the right kind) and the
// relationships around nodes (to check duplicates, add sources, delete).
import { notFound } from '../graphql/errors.ts';
import type { ActorKind } from '../domain/enums.ts';
import type { Row, StatementRunner } from '../store/store.ts';
import type { Problems } from './problems.ts';

export type NodeKind = ActorKind | 'PARTNERSHIP';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** Carries the Donor label: a donor, or a city or association that funds others. */
  donor: boolean;
  /** The name or title. */
  label: string;
  props: Record<string, unknown>;
  /** The row as the lookup statement returned it, for the models of the GraphQL types. */
  row: Row;
}

export interface GraphLink {
  type: string;
  /** Id of the node the relationship starts from (always an actor). */
  actor: string;
  /** Id of the node it ends at. */
  target: string;
  props: Record<string, unknown>;
}

export type Nodes = Map<string, GraphNode>;

/** The actors and partnerships with these ids (those that exist). */
export async function readNodes(tx: StatementRunner, ids: Iterable<string>): Promise<Nodes> {
  const unique = [...new Set(ids)];
  const nodes: Nodes = new Map();
  if (!unique.length) return nodes;
  for (const row of await tx.run('actors-by-ids', { ids: unique })) {
    const props = row.props as Record<string, unknown>;
    const labels = row.labels as string[];
    nodes.set(row.id as string, { id: row.id as string, kind: props.kind as ActorKind, donor: labels.includes('Donor'), label: props.name as string, props, row });
  }
  for (const row of await tx.run('partnerships-by-ids', { ids: unique.filter((id) => !nodes.has(id)) })) {
    const props = row.props as Record<string, unknown>;
    nodes.set(row.id as string, { id: row.id as string, kind: 'PARTNERSHIP', donor: false, label: props.title as string, props, row });
  }
  return nodes;
}

/** Every relationship of these nodes, both directions, each once. */
export async function readLinks(tx: StatementRunner, ids: Iterable<string>): Promise<GraphLink[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const links = new Map<string, GraphLink>();
  for (const row of await tx.run('links-of-nodes', { ids: unique })) {
    const link = { type: row.type as string, actor: row.actor as string, target: row.target as string, props: row.props as Record<string, unknown> };
    links.set(linkKey(link), link);
  }
  return [...links.values()];
}

/** What identifies a relationship: its type, ends and, for a funding, its id. */
export const linkKey = (link: GraphLink) => `${link.type}|${link.actor}|${link.target}|${String(link.props.id ?? '')}`;

const NOUN: Record<NodeKind, string> = {
  CITY: 'city',
  ASSOCIATION: 'association',
  NETWORK: 'network',
  DONOR: 'donor',
  PROGRAMME: 'programme',
  ORGANISATION: 'organisation',
  PARTNERSHIP: 'partnership',
};

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

export const describeKinds = (kinds: readonly NodeKind[]) => kinds.map((k) => withArticle(NOUN[k])).join(' or ');

export const describeNode = (node: GraphNode) => `${node.label} (${node.id}), ${withArticle(NOUN[node.kind])}`;

/** "the city Medellín (city:co:medellin)", for sentences. */
export const theNode = (node: GraphNode) => `the ${NOUN[node.kind]} ${node.label} (${node.id})`;

/**
 * Checks that a referenced id names an existing node of one of `kinds` (or,
 * with `orDonor`, any actor with the Donor label); records a problem under
 * `field` otherwise.
 */
export function expectNode(problems: Problems, nodes: Nodes, field: string, id: string, kinds: readonly NodeKind[], orDonor = false): GraphNode | null {
  const node = nodes.get(id);
  const wanted = [describeKinds(kinds), orDonor ? 'an actor with a donorType' : ''].filter(Boolean).join(' or ');
  if (!node) {
    problems.add(field, `is "${id}", which is not in the graph: give the id of ${wanted} that exists`);
    return null;
  }
  if (!kinds.includes(node.kind) && !(orDonor && node.donor)) {
    problems.add(field, `is ${describeNode(node)}, but must be ${wanted}`);
    return null;
  }
  return node;
}

/** The node being updated or deleted; NOT_FOUND naming `field` when there is none of that kind. */
export async function requireNode(tx: StatementRunner, id: string, kind: NodeKind, field = 'id'): Promise<GraphNode> {
  const node = (await readNodes(tx, [id])).get(id);
  if (!node || node.kind !== kind) {
    throw notFound(`No ${NOUN[kind]} has the id "${id}"${node ? ` (it is ${describeNode(node)})` : ''}: check the id, e.g. with the search query`, field);
  }
  return node;
}

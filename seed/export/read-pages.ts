// How the export reads a store: the id and kind of every node first (a few
// short strings each, sorted here so that both engines give the file in the
// same order), then the nodes and their relationships a page of ids at a time,
// so that a store of a million relationships is never held as rows at once.
import { ACTOR_KINDS, type ActorKind } from '../../server/domain/enums.ts';
import type { Row, StatementRunner } from '../../server/store/store.ts';

/** Ids per statement: the nodes of a page and their relationships are what the export holds at once. */
export const PAGE_SIZE = 2_000;

export type NodeKind = ActorKind | 'PARTNERSHIP';
const NODE_KINDS: readonly NodeKind[] = [...ACTOR_KINDS, 'PARTNERSHIP'];

export interface NodeIds {
  /** The ids of each kind, sorted. */
  of: Record<NodeKind, string[]>;
  /** The actors with the Donor label: donors, and the cities and associations that fund others; sorted. */
  donors: string[];
  count: number;
}

export async function readNodeIds(runner: StatementRunner): Promise<NodeIds> {
  const rows = await runner.run<{ id: string; kind: NodeKind; donor: boolean }>('export-node-ids');
  const of = Object.fromEntries(NODE_KINDS.map((kind) => [kind, [] as string[]])) as Record<NodeKind, string[]>;
  const donors: string[] = [];
  for (const { id, kind, donor } of rows) {
    // A node of a kind the format has no collection for would be left out of the file without a word.
    if (!of[kind]) throw new Error(`${id}: a node of kind ${String(kind)}, which the import format has no records for`);
    of[kind].push(id);
    if (donor) donors.push(id);
  }
  for (const ids of Object.values(of)) ids.sort();
  return { of, donors: donors.sort(), count: rows.length };
}

/**
 * What `read` gives for each page of `ids` in turn, with the page. The next
 * page is read while the caller turns this one into records: the database
 * works while the export writes (a third less time on Neo4j).
 */
export async function* pagesOf<T>(ids: string[], read: (page: string[]) => Promise<T>): AsyncGenerator<{ ids: string[]; rows: T }> {
  const pages: string[][] = [];
  for (let start = 0; start < ids.length; start += PAGE_SIZE) pages.push(ids.slice(start, start + PAGE_SIZE));
  const reading = (page: string[] | undefined) => {
    const rows = page ? read(page) : undefined;
    // Awaited on the next turn; an export that stops before then must not leave its failure unhandled.
    rows?.catch(() => {});
    return rows;
  };
  let next = reading(pages[0]);
  for (const [i, page] of pages.entries()) {
    const rows = await next!;
    next = reading(pages[i + 1]);
    yield { ids: page, rows };
  }
}

/** The rows `statement` gives for each page of `ids`, the page as its parameter `ids`. */
export const statementPages = <T extends Row>(runner: StatementRunner, statement: string, ids: string[], params: Record<string, unknown> = {}) =>
  pagesOf(ids, (page) => runner.run<T>(statement, { ...params, ids: page }));

/** Rows found for every id of the page, or an error: a node deleted between the reads of the ids and of the page. */
export function checkFound(ids: string[], rows: { id: string }[]): void {
  if (rows.length !== ids.length) throw new Error(`the store changed during the export: ${ids.length - rows.length} of ${ids.length} nodes of a page were gone; stop the server and export again`);
}

/** Orders rows by their ends (and id): the engines return them in their own storage order. */
export const byEnds = (a: { from: string; to: string; props: Row }, b: { from: string; to: string; props: Row }) =>
  compare(a.from, b.from) || compare(a.to, b.to) || compare(String(a.props.id ?? ''), String(b.props.id ?? ''));

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

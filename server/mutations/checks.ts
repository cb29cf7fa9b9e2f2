// Rules on several fields at once, or on the graph: years in order, each id
// named once, referenced ids of the right kind.
import type { GraphNode, NodeKind, Nodes } from './graph-reads.ts';
import { expectNode } from './graph-reads.ts';
import type { Problems } from './problems.ts';

interface Years {
  startYear?: number | null | undefined;
  endYear?: number | null | undefined;
}

/** startYear <= endYear, taking the stored year for one not given. */
export function checkYears(problems: Problems, input: Years, stored: Record<string, unknown> = {}): void {
  const start = input.startYear === undefined ? stored.startYear : input.startYear;
  const end = input.endYear === undefined ? stored.endYear : input.endYear;
  if (typeof start !== 'number' || typeof end !== 'number' || start <= end) return;
  const field = input.endYear !== undefined ? 'input.endYear' : 'input.startYear';
  problems.add(field, `makes the years run backwards (startYear ${start} is after endYear ${end}): give an endYear not before the startYear`);
}

/** Each id once: a repeat is a problem at its place in the list. */
export function checkDistinct(problems: Problems, ids: readonly string[], field: (i: number) => string, what: string): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.add(field(i), `is "${id}" again: name each ${what} once`);
  });
}

/** Each id of a list names a node of the right kind and appears once; the nodes found, in order. */
export function checkReferences(
  problems: Problems,
  nodes: Nodes,
  ids: readonly string[],
  field: (i: number) => string,
  what: string,
  kinds: readonly NodeKind[],
  orDonor = false,
): GraphNode[] {
  checkDistinct(problems, ids, field, what);
  return ids.flatMap((id, i) => expectNode(problems, nodes, field(i), id, kinds, orDonor) ?? []);
}

// The part of a neighbourhood that is numbers only: the walk (nearest.ts),
// the edges among the actors it keeps (numbered-graph.ts) and the cut
// (strongest-edges.ts). Its default export is what a worker thread runs
// (neighbourhood-pool.ts); it reads the view's arrays where they are, on
// SharedArrayBuffers, and answers in numbers that the main thread turns
// into actors and relationships.
import { nearest } from './nearest.ts';
import { bundleEdges, NumberedGraph, type BundleEdges, type NumberedArrays } from './numbered-graph.ts';
import { strongestEdges } from './strongest-edges.ts';

export interface NeighbourhoodTask {
  arrays: NumberedArrays;
  /** The actor's number. */
  start: number;
  depth: number;
  limit: number;
  /** One bundle per type and pair of actors rather than one per relationship (numbered-graph.ts). */
  merge: boolean;
  edgeLimit: number;
}

export interface NumberedNeighbourhood {
  /** The actors kept, nearest first (nearest.ts). */
  order: Int32Array;
  truncated: boolean;
  total: number | null;
  /** The bundles kept, at most the edge limit, with their relationships. */
  kept: BundleEdges;
  /** How many bundles there were among the actors kept. */
  totalEdges: number;
}

export default function numberedNeighbourhood({ arrays, start, depth, limit, merge, edgeLimit }: NeighbourhoodTask): NumberedNeighbourhood {
  const graph = new NumberedGraph(arrays);
  const { order, truncated, total } = nearest(graph, start, depth, limit);
  const found = graph.edgesAmong(order, merge);
  return { order: Int32Array.from(order), truncated, total, kept: bundleEdges(found, strongestEdges(found, edgeLimit)), totalEdges: found.first.length };
}

// The actors' links as arrays of numbers, for the neighbourhood: its walk
// and the edges among the actors it keeps. Around a hub at 100,000 cities
// those edges are hundreds of thousands of edge ends to look at; graphology's
// callbacks cost microseconds each (130 of the 180 ms an answer took), typed
// arrays a few nanoseconds. Built from the list of links, so a neighbourhood
// no longer waits for the multigraph either (seconds to build at 100k).
import type { ActorLinks, KeyedEdge } from './actor-graph.ts';

export class Adjacency {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  /** Actor i's edge ends are the slots first[i] to first[i + 1] - 1; a loop has one slot. */
  private readonly first: Int32Array;
  /** Per slot: the actor at the edge's other end, and the edge (its place in the links' list). */
  private readonly other: Int32Array;
  private readonly edgeAt: Int32Array;
  /** Per actor, its loops: counted twice in its degree, as graphology counts them. */
  private readonly loops: Int32Array;

  constructor(readonly links: ActorLinks) {
    this.ids = [...links.actors.keys()];
    this.ids.forEach((id, i) => this.index.set(id, i));
    const n = this.ids.length;
    const { edges } = links;
    const sources = new Int32Array(edges.length);
    const targets = new Int32Array(edges.length);
    this.first = new Int32Array(n + 1);
    this.loops = new Int32Array(n);
    edges.forEach((edge, e) => {
      const [s, t] = [this.index.get(edge.source)!, this.index.get(edge.target)!];
      sources[e] = s;
      targets[e] = t;
      this.first[s + 1]! += 1;
      if (s === t) this.loops[s]! += 1;
      else this.first[t + 1]! += 1;
    });
    for (let i = 0; i < n; i++) this.first[i + 1]! += this.first[i]!;
    this.other = new Int32Array(this.first[n]!);
    this.edgeAt = new Int32Array(this.first[n]!);
    const next = this.first.slice(0, n);
    const place = (from: number, to: number, e: number) => {
      const slot = next[from]!++;
      this.other[slot] = to;
      this.edgeAt[slot] = e;
    };
    for (let e = 0; e < edges.length; e++) {
      place(sources[e]!, targets[e]!, e);
      if (sources[e] !== targets[e]) place(targets[e]!, sources[e]!, e);
    }
  }

  /** How many actors there are: their numbers are 0 to size - 1. */
  get size(): number {
    return this.ids.length;
  }

  /** The actor's number. */
  indexOf(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`${id} is not in the graph`);
    return i;
  }

  /** How many edges `id` has, a loop counted twice (graphology's degree). */
  degree(id: string): number {
    const i = this.indexOf(id);
    return this.first[i + 1]! - this.first[i]! + this.loops[i]!;
  }

  /** Calls `visit` with the actor at the other end of each of `id`'s edges (itself for a loop), once per edge. */
  forEachNeighbour(id: string, visit: (neighbour: string) => void): void {
    const i = this.indexOf(id);
    for (let slot = this.first[i]!; slot < this.first[i + 1]!; slot++) visit(this.ids[this.other[slot]!]!);
  }

  /** Every edge between two of `ids` (loops included), each once: from the first of its ends in `ids`, in their order. */
  edgesAmong(ids: readonly string[]): KeyedEdge[] {
    // rank[i]: 1 + the actor's place in `ids`, 0 when left out; an edge is taken from its end placed first.
    const rank = new Int32Array(this.ids.length);
    ids.forEach((id, place) => (rank[this.indexOf(id)] = place + 1));
    const found: KeyedEdge[] = [];
    for (const id of ids) {
      const i = this.indexOf(id);
      for (let slot = this.first[i]!; slot < this.first[i + 1]!; slot++) {
        if (rank[this.other[slot]!]! >= rank[i]!) found.push(this.links.edges[this.edgeAt[slot]!]!);
      }
    }
    return found;
  }
}

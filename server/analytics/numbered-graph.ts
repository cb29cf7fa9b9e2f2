// The actors' links as arrays of numbers, for the neighbourhood: its walk
// and the edges among the actors it keeps. Around a hub at 100,000 cities
// those edges are hundreds of thousands of edge ends to look at; graphology's
// callbacks cost microseconds each (130 of the 180 ms an answer took), typed
// arrays a few nanoseconds. The arrays are on SharedArrayBuffers, so that a
// worker thread reads them as they are (neighbourhood-pool.ts): nothing here
// knows an actor's id, only its number (adjacency.ts numbers them in id order).
import type { EdgeType } from './actor-graph.ts';

export const TYPE_CODES: Record<EdgeType, number> = { PARTNERSHIP: 0, MEMBER_OF: 1, FUNDS: 2, SUPPORTS: 3, RUN_BY: 4 };
const TYPES = Object.keys(TYPE_CODES).length;
const PARTNERSHIP = TYPE_CODES.PARTNERSHIP;

/** The links' list as numbers: per edge, its ends' numbers and its type's code (TYPE_CODES). */
export interface NumberedEdges {
  sources: Int32Array;
  targets: Int32Array;
  types: Uint8Array;
}

export interface NumberedArrays {
  /** Actor i's edge ends are the slots first[i] to first[i + 1] - 1; a loop has one slot. */
  first: Int32Array;
  /** Per slot: the actor at the edge's other end, and the edge (its place in the links' list). */
  other: Int32Array;
  edgeAt: Int32Array;
  /**
   * Per slot: the edge's type code × 2, + 1 when the slot's actor is the end a relationship other than a partnership
   * is stated towards. Kept beside the slot rather than by edge: read for each edge found, by edge it was a cache miss each.
   */
  codes: Uint8Array;
  /** Per actor, its loops: counted twice in its degree, as graphology counts them. */
  loops: Int32Array;
}

/** The edges found among some actors (edgesAmong), in bundles of parallel links, as numbers. */
export interface FoundEdges {
  /** Per edge found: its place in the links' list, and its bundle. */
  edges: Int32Array;
  bundleOf: Int32Array;
  /** Per bundle: its first edge, how many relationships it holds, and the places (1 = first) of its nearer and farther ends among the actors. */
  first: Int32Array;
  weight: Int32Array;
  near: Int32Array;
  far: Int32Array;
}

/** Some bundles' edges: bundle k's are edges[starts[k]] to edges[starts[k + 1] - 1], places in the links' list. */
export interface BundleEdges {
  starts: Int32Array;
  edges: Int32Array;
}

const shared = <T extends Int32Array | Uint8Array>(Type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T =>
  new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));

/** The arrays of `actors` actors and their `edges`. */
export function numberedArrays(actors: number, { sources, targets, types }: NumberedEdges): NumberedArrays {
  const first = shared(Int32Array, actors + 1);
  const loops = shared(Int32Array, actors);
  for (let e = 0; e < sources.length; e++) {
    first[sources[e]! + 1]! += 1;
    if (sources[e] === targets[e]) loops[sources[e]!]! += 1;
    else first[targets[e]! + 1]! += 1;
  }
  for (let i = 0; i < actors; i++) first[i + 1]! += first[i]!;
  const slots = first[actors]!;
  const [other, edgeAt, codes] = [shared(Int32Array, slots), shared(Int32Array, slots), shared(Uint8Array, slots)];
  const next = first.slice(0, actors);
  const place = (from: number, to: number, e: number, code: number) => {
    const slot = next[from]!++;
    other[slot] = to;
    edgeAt[slot] = e;
    codes[slot] = code;
  };
  for (let e = 0; e < sources.length; e++) {
    const type = types[e]!;
    place(sources[e]!, targets[e]!, e, type * 2);
    if (sources[e] !== targets[e]) place(targets[e]!, sources[e]!, e, type * 2 + (type === PARTNERSHIP ? 0 : 1));
  }
  return { first, other, edgeAt, codes, loops };
}

/** Room for the edges of one edgesAmong call, reused by the next (each thread has its own): a hub's neighbourhood needs hundreds of thousands of slots. */
class Scratch {
  edges = new Int32Array(0);
  bundleOf = new Int32Array(0);
  first = new Int32Array(0);
  weight = new Int32Array(0);
  near = new Int32Array(0);
  far = new Int32Array(0);
  /** By actor number, 1 + its place among the actors of the call, 0 for the others: put back to 0 after each call. */
  places = new Int32Array(0);

  /** At least `slots` of each edge and bundle array, and a place for each of `actors` actors. */
  ensure(slots: number, actors: number): this {
    if (this.edges.length < slots) {
      const room = Math.max(slots, this.edges.length * 2);
      for (const name of ['edges', 'bundleOf', 'first', 'weight', 'near', 'far'] as const) this[name] = new Int32Array(room);
    }
    if (this.places.length < actors) this.places = new Int32Array(actors);
    return this;
  }
}

const scratch = new Scratch();

export class NumberedGraph {
  constructor(readonly arrays: NumberedArrays) {}

  /** How many actors are numbered. */
  get size(): number {
    return this.arrays.loops.length;
  }

  /** How many edges actor `i` has, a loop counted twice (graphology's degree). */
  degreeOf(i: number): number {
    const { first, loops } = this.arrays;
    return first[i + 1]! - first[i]! + loops[i]!;
  }

  /** Calls `visit` with the actor at the other end of each of actor `i`'s edges (itself for a loop), once per edge. */
  forEachNeighbourOf(i: number, visit: (neighbour: number) => void): void {
    const { first, other } = this.arrays;
    for (let slot = first[i]!, end = first[i + 1]!; slot < end; slot++) visit(other[slot]!);
  }

  /**
   * The edges between two of `actors`, loops included, each once, found from
   * the first of its ends in `actors`, in bundles: each alone, or merged, one
   * bundle per type and pair of actors (a partnership's ends either way round:
   * it has no direction; other relationships in the direction they are stated
   * in), in the order each was first met. Every bundle of a pair is made while
   * its first end is read, so a table by the other end, type and direction,
   * valid for that one actor, finds it. Numbers only, in one pass over the
   * actors' slots: around a hub at 100,000 cities there are 60,000 edges, and
   * an object or a Map entry for each cost more than the rest of the answer.
   */
  edgesAmong(actors: ArrayLike<number>, merge: boolean): FoundEdges {
    const { first, other, edgeAt, codes } = this.arrays;
    let slots = 0;
    for (let k = 0; k < actors.length; k++) slots += first[actors[k]! + 1]! - first[actors[k]!]!;
    const room = scratch.ensure(slots, this.size);
    const { edges, bundleOf, weight, near, far, places } = room;
    for (let k = 0; k < actors.length; k++) places[actors[k]!] = k + 1;
    const width = TYPES * 2;
    const open = new Int32Array((actors.length + 1) * width);
    const openFor = new Int32Array((actors.length + 1) * width).fill(-1);
    let found = 0;
    let bundles = 0;
    for (let k = 0; k < actors.length; k++) {
      const i = actors[k]!;
      const place = k + 1;
      for (let slot = first[i]!, end = first[i + 1]!; slot < end; slot++) {
        const farPlace = places[other[slot]!]!;
        // Actors left out have place 0, below every kept one's.
        if (farPlace < place) continue;
        const cell = farPlace * width + codes[slot]!;
        let bundle = open[cell]!;
        if (!merge || openFor[cell] !== i) {
          bundle = bundles++;
          room.first[bundle] = edgeAt[slot]!;
          weight[bundle] = 0;
          near[bundle] = place;
          far[bundle] = farPlace;
          openFor[cell] = i;
          open[cell] = bundle;
        }
        weight[bundle]! += 1;
        edges[found] = edgeAt[slot]!;
        bundleOf[found++] = bundle;
      }
    }
    for (let k = 0; k < actors.length; k++) places[actors[k]!] = 0;
    return {
      edges: edges.slice(0, found),
      bundleOf: bundleOf.slice(0, found),
      first: room.first.slice(0, bundles),
      weight: weight.slice(0, bundles),
      near: near.slice(0, bundles),
      far: far.slice(0, bundles),
    };
  }
}

/** The edges of each of the bundles `kept` of `found` (in the order of `kept`). */
export function bundleEdges(found: FoundEdges, kept: ArrayLike<number>): BundleEdges {
  const at = new Int32Array(found.first.length).fill(-1);
  const starts = new Int32Array(kept.length + 1);
  for (let k = 0; k < kept.length; k++) {
    at[kept[k]!] = k;
    starts[k + 1] = found.weight[kept[k]!]!;
  }
  for (let k = 0; k < kept.length; k++) starts[k + 1]! += starts[k]!;
  const edges = new Int32Array(starts[kept.length]!);
  const next = starts.slice(0, kept.length);
  for (let f = 0; f < found.edges.length; f++) {
    const k = at[found.bundleOf[f]!]!;
    if (k >= 0) edges[next[k]!++] = found.edges[f]!;
  }
  return { starts, edges };
}

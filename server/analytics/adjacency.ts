// The actors' links as arrays of numbers, for the neighbourhood: its walk
// and the edges among the actors it keeps. Around a hub at 100,000 cities
// those edges are hundreds of thousands of edge ends to look at; graphology's
// callbacks cost microseconds each (130 of the 180 ms an answer took), typed
// arrays a few nanoseconds. Built from the list of links, so a neighbourhood
// no longer waits for the multigraph either (seconds to build at 100k).
import type { ActorLinks, EdgeType, KeyedEdge } from './actor-graph.ts';

const TYPE_CODES: Record<EdgeType, number> = { PARTNERSHIP: 0, MEMBER_OF: 1, FUNDS: 2, SUPPORTS: 3, RUN_BY: 4 };
const TYPES = Object.keys(TYPE_CODES).length;
const PARTNERSHIP = TYPE_CODES.PARTNERSHIP;

/** The edges found among some actors (adjacency's edgesAmong), in bundles of parallel links, as numbers. */
export interface FoundEdges {
  /** Per edge found: its place in the links' list, and its bundle. */
  edges: Int32Array;
  bundleOf: Int32Array;
  /** Per bundle: its first edge, how many relationships it holds, and the places in `ids` of its nearer and farther ends. */
  first: Int32Array;
  weight: Int32Array;
  near: Int32Array;
  far: Int32Array;
}

/** Room for the edges of one edgesAmong call, reused by the next: a hub's neighbourhood needs hundreds of thousands of slots. */
class Scratch {
  edges = new Int32Array(0);
  bundleOf = new Int32Array(0);
  first = new Int32Array(0);
  weight = new Int32Array(0);
  near = new Int32Array(0);
  far = new Int32Array(0);

  /** At least `size` of each, the bundles' weights at 0. */
  ensure(size: number): this {
    if (this.edges.length < size) {
      const room = Math.max(size, this.edges.length * 2);
      for (const name of ['edges', 'bundleOf', 'first', 'weight', 'near', 'far'] as const) this[name] = new Int32Array(room);
    }
    return this;
  }
}

export class Adjacency {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  /** Actor i's edge ends are the slots first[i] to first[i + 1] - 1; a loop has one slot. */
  private readonly first: Int32Array;
  /** Per slot: the actor at the edge's other end, and the edge (its place in the links' list). */
  private readonly other: Int32Array;
  private readonly edgeAt: Int32Array;
  /**
   * Per slot: the edge's type code × 2, + 1 when the slot's actor is the end a relationship other than a partnership
   * is stated towards. Kept beside the slot rather than by edge: read for each edge found, it was a cache miss each.
   */
  private readonly codes: Uint8Array;
  /** Per actor, its loops: counted twice in its degree, as graphology counts them. */
  private readonly loops: Int32Array;
  private readonly scratch = new Scratch();

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
    this.codes = new Uint8Array(this.first[n]!);
    const next = this.first.slice(0, n);
    const place = (from: number, to: number, e: number, code: number) => {
      const slot = next[from]!++;
      this.other[slot] = to;
      this.edgeAt[slot] = e;
      this.codes[slot] = code;
    };
    for (let e = 0; e < edges.length; e++) {
      const type = TYPE_CODES[edges[e]!.type];
      place(sources[e]!, targets[e]!, e, type * 2);
      if (sources[e] !== targets[e]) place(targets[e]!, sources[e]!, e, type * 2 + (type === PARTNERSHIP ? 0 : 1));
    }
  }

  /** The actor's number. */
  indexOf(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new Error(`${id} is not in the graph`);
    return i;
  }

  /** The actor numbered `i`. */
  idOf(i: number): string {
    return this.ids[i]!;
  }

  /** How many actors are numbered. */
  get size(): number {
    return this.ids.length;
  }

  /** How many edges actor `i` has, a loop counted twice (graphology's degree). */
  degreeOf(i: number): number {
    return this.first[i + 1]! - this.first[i]! + this.loops[i]!;
  }

  /** Calls `visit` with the actor at the other end of each of actor `i`'s edges (itself for a loop), once per edge. */
  forEachNeighbourOf(i: number, visit: (neighbour: number) => void): void {
    const { first, other } = this;
    for (let slot = first[i]!, end = first[i + 1]!; slot < end; slot++) visit(other[slot]!);
  }

  /** By actor number, 1 + the actor's place in `ids`; 0 for those not in it. */
  placesIn(ids: readonly string[]): Int32Array {
    const places = new Int32Array(this.ids.length);
    ids.forEach((id, place) => (places[this.indexOf(id)] = place + 1));
    return places;
  }

  /**
   * The edges between two of `ids`, loops included, each once, found from
   * the first of its ends in `ids`, in bundles: each alone, or merged, one
   * bundle per type and pair of actors (a partnership's ends either way round:
   * it has no direction; other relationships in the direction they are stated
   * in), in the order each was first met. Every bundle of a pair is made while
   * its first end is read, so a table by the other end, type and direction,
   * valid for that one actor, finds it. Numbers only, in one pass over the
   * actors' slots: around a hub at 100,000 cities there are 60,000 edges, and
   * an object or a Map entry for each cost more than the rest of the answer.
   * `places`: placesIn(ids).
   */
  edgesAmong(ids: readonly string[], places: Int32Array, merge: boolean): FoundEdges {
    const { first, other, edgeAt, codes } = this;
    const actors = ids.map((id) => this.indexOf(id));
    const slots = actors.reduce((sum, i) => sum + first[i + 1]! - first[i]!, 0);
    const scratch = this.scratch.ensure(slots);
    const { edges, bundleOf, weight, near, far } = scratch;
    const width = TYPES * 2;
    const open = new Int32Array((ids.length + 1) * width);
    const openFor = new Int32Array((ids.length + 1) * width).fill(-1);
    let found = 0;
    let bundles = 0;
    for (const i of actors) {
      const place = places[i]!;
      for (let slot = first[i]!, end = first[i + 1]!; slot < end; slot++) {
        const farPlace = places[other[slot]!]!;
        // Actors left out have place 0, below every kept one's.
        if (farPlace < place) continue;
        const cell = farPlace * width + codes[slot]!;
        let bundle = open[cell]!;
        if (!merge || openFor[cell] !== i) {
          bundle = bundles++;
          scratch.first[bundle] = edgeAt[slot]!;
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
    const [edgeCount, bundleCount] = [found, bundles];
    return {
      edges: edges.slice(0, edgeCount),
      bundleOf: bundleOf.slice(0, edgeCount),
      first: scratch.first.slice(0, bundleCount),
      weight: weight.slice(0, bundleCount),
      near: near.slice(0, bundleCount),
      far: far.slice(0, bundleCount),
    };
  }

  /** The relationships of each of `kept` (bundles of `found`, in their order). */
  bundles(found: FoundEdges, kept: readonly number[]): KeyedEdge[][] {
    const at = new Int32Array(found.first.length).fill(-1);
    kept.forEach((bundle, k) => (at[bundle] = k));
    const bundles = kept.map((): KeyedEdge[] => []);
    const { edges } = this.links;
    for (let k = 0; k < found.edges.length; k++) {
      const place = at[found.bundleOf[k]!]!;
      if (place >= 0) bundles[place]!.push(edges[found.edges[k]!]!);
    }
    return bundles;
  }
}

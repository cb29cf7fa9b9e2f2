// A view's links numbered for the neighbourhood (numbered-graph.ts), and the
// way back from numbers to actors and relationships. Built once per view from
// the list of links, so a neighbourhood does not wait for the multigraph
// (seconds to build at 100k). Actors are numbered in id order: a tie between
// two numbers is then broken as between their ids, in any thread.
import type { ActorLinks, KeyedEdge } from './actor-graph.ts';
import { NumberedGraph, numberedArrays, TYPE_CODES, type BundleEdges } from './numbered-graph.ts';

export class Adjacency {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  readonly graph: NumberedGraph;

  constructor(readonly links: ActorLinks) {
    this.ids = [...links.actors.keys()].sort();
    this.ids.forEach((id, i) => this.index.set(id, i));
    const { edges } = links;
    const numbered = { sources: new Int32Array(edges.length), targets: new Int32Array(edges.length), types: new Uint8Array(edges.length) };
    edges.forEach(({ source, target, type }, e) => {
      numbered.sources[e] = this.indexOf(source);
      numbered.targets[e] = this.indexOf(target);
      numbered.types[e] = TYPE_CODES[type];
    });
    this.graph = new NumberedGraph(numberedArrays(this.ids.length, numbered));
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

  /** The relationships of each bundle. */
  relationshipsOf({ starts, edges }: BundleEdges): KeyedEdge[][] {
    const relationships = this.links.edges;
    return Array.from({ length: starts.length - 1 }, (_, k) => {
      const bundle: KeyedEdge[] = [];
      for (let f = starts[k]!; f < starts[k + 1]!; f++) bundle.push(relationships[edges[f]!]!);
      return bundle;
    });
  }
}

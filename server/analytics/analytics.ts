// The entry point of the graph-wide views and analyses: one per server. It
// keeps the projection and what is derived from the whole graph (the actor
// graph and every city's support) until the next write.
import type { GraphFilter, Subgraph } from '../graphql/generated/resolvers-types.ts';
import type { GraphStore } from '../store/store.ts';
import { actorGraph, type ActorGraph } from './actor-graph.ts';
import { ProjectionCache, type Projection } from './projection.ts';
import { shown } from './selection.ts';
import { annotate, neighbourhood, shortestPath, toSubgraph, type Annotations } from './subgraph.ts';
import type { CitySupport } from './support.ts';

interface WholeGraph {
  graph: ActorGraph;
  annotations: Annotations;
}

export class Analytics {
  private readonly projections: ProjectionCache;
  private readonly wholeGraphs = new WeakMap<Projection, WholeGraph>();

  constructor(store: GraphStore) {
    this.projections = new ProjectionCache(store);
  }

  private async whole(): Promise<WholeGraph> {
    const projection = await this.projections.get();
    let whole = this.wholeGraphs.get(projection);
    if (!whole) {
      const graph = actorGraph(projection);
      whole = { graph, annotations: annotate(graph) };
      this.wholeGraphs.set(projection, whole);
    }
    return whole;
  }

  /** Support of one city in the whole graph; null when the id is not a city. */
  async citySupport(id: string): Promise<CitySupport | null> {
    return (await this.whole()).annotations.support.get(id) ?? null;
  }

  /** Ids of the cities at a support level in the whole graph. */
  async citiesAtLevel(level: CitySupport['level']): Promise<string[]> {
    return [...(await this.whole()).annotations.support].filter(([, s]) => s.level === level).map(([id]) => id);
  }

  /** Whether an actor with this id is in the graph. */
  async hasActor(id: string): Promise<boolean> {
    return (await this.whole()).graph.hasNode(id);
  }

  async graph(filter: GraphFilter | null | undefined): Promise<Subgraph> {
    if (!filter || Object.values(filter).every((v) => v === null || v === undefined)) {
      const { graph, annotations } = await this.whole();
      return toSubgraph(graph, annotations);
    }
    const projection = await this.projections.get();
    const visible = shown(projection, filter ?? {});
    const graph = actorGraph(projection, filter ?? {});
    return toSubgraph(graph, annotate(graph), (id) => visible.has(id));
  }

  async neighbourhood(id: string, depth: number): Promise<Subgraph> {
    const { graph, annotations } = await this.whole();
    return neighbourhood(graph, annotations, id, depth);
  }

  async path(from: string, to: string, maxHops: number): Promise<Subgraph | null> {
    const { graph, annotations } = await this.whole();
    return shortestPath(graph, annotations, from, to, maxHops);
  }
}

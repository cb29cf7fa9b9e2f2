// The entry point of the graph-wide views and analyses: one per server. It
// keeps the projection and what is derived from the whole graph (the actor
// graph and every city's support) until the next write.
import type { GraphFilter, Subgraph } from '../graphql/generated/resolvers-types.ts';
import type { GraphStore } from '../store/store.ts';
import { actorGraph, type ActorGraph } from './actor-graph.ts';
import { ProjectionCache, type Projection } from './projection.ts';
import { neighbourhood, shortestPath, toSubgraph } from './subgraph.ts';
import { supportOfCities, type CitySupport } from './support.ts';

interface WholeGraph {
  graph: ActorGraph;
  support: Map<string, CitySupport>;
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
      whole = { graph, support: supportOfCities(graph) };
      this.wholeGraphs.set(projection, whole);
    }
    return whole;
  }

  /** Support of one city in the whole graph; null when the id is not a city. */
  async citySupport(id: string): Promise<CitySupport | null> {
    return (await this.whole()).support.get(id) ?? null;
  }

  /** Ids of the cities at a support level in the whole graph. */
  async citiesAtLevel(level: CitySupport['level']): Promise<string[]> {
    return [...(await this.whole()).support].filter(([, s]) => s.level === level).map(([id]) => id);
  }

  /** Whether an actor with this id is in the graph. */
  async hasActor(id: string): Promise<boolean> {
    return (await this.whole()).graph.hasNode(id);
  }

  async graph(filter: GraphFilter | null | undefined): Promise<Subgraph> {
    const graph = actorGraph(await this.projections.get(), filter ?? {});
    const kinds = filter?.kinds;
    return toSubgraph(graph, kinds?.length ? (_id, kind) => kinds.includes(kind) : undefined);
  }

  async neighbourhood(id: string, depth: number): Promise<Subgraph> {
    return neighbourhood((await this.whole()).graph, id, depth);
  }

  async path(from: string, to: string, maxHops: number): Promise<Subgraph | null> {
    return shortestPath((await this.whole()).graph, from, to, maxHops);
  }
}

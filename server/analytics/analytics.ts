// The entry point of the graph-wide views and analyses: one per server. Every
// result is computed from one projection and kept with it, keyed by the
// analysis and its arguments, so nothing is recomputed per field or per item.
// Which projection: what a request names or looks up (an actor, its
// neighbourhood or a path with their colours, its support, its matches) comes
// from the projection of every write committed before the request; the
// whole-graph analyses (graph, clusters, triangles, isolated cities, gaps,
// coverage) may come from an older one that misses only writes committed less
// than `maxStalenessMs` ago (README, "Analyses under writes"; 0, the default:
// never). Where the database has Graph Data Science, the clusters of the whole
// graph are computed there (gds-clusters.ts).
import type {
  ClusterAlgorithm,
  GapGrouping,
  GraphFilter,
  SupportGap,
  Theme,
  TriangleKind,
  CoverageCell,
} from '../graphql/generated/resolvers-types.ts';
import { REGIONS, THEMES } from '../domain/enums.ts';
import { userError } from '../graphql/errors.ts';
import type { GraphStore } from '../store/store.ts';
import { actorGraph, actorLinks, neighboursOf, type ActorGraph, type ActorLinks } from './actor-graph.ts';
import { cluster, type Clustering } from './clusters.ts';
import { coverage } from './coverage.ts';
import { coversWholeGraph, GdsClusters } from './gds-clusters.ts';
import { rankUnderserved, supportGaps } from './gaps.ts';
import { matches, type Match } from './matches.ts';
import { partnershipYears, type YearCount } from './partnership-years.ts';
import { ProjectionCache, type Projection, type ProjectedPartnership } from './projection.ts';
import { select, shown, yearsOf, type SelectedLinks, type Selection } from './selection.ts';
import { neighbourhood, shortestPath, toSubgraph, type Annotations, type DrawnSubgraph, type NeighbourhoodOptions } from './subgraph.ts';
import { DEFAULT_REACH, supportOfCities, type CitySupport } from './support.ts';
import { anyTriangles, southSouthPlusOne, type FoundTriangle } from './triangles.ts';

/** A view of the graph: what a filter selects and shows. */
interface View {
  selection: Selection;
  /** Built when first asked for: support, isolated cities, gaps and South–South triangles need only what a view shows. */
  links: ActorLinks;
  graph: ActorGraph;
  shown: Set<string>;
  keep: (id: string) => boolean;
}

export interface ClusterReport {
  algorithm: string;
  modularity: number | null;
  clusters: { id: string; size: number; memberIds: string[]; topThemes: Theme[] }[];
}

/** A filter as a cache key: the same filter written differently is the same key. */
function keyOf(filter: GraphFilter | null | undefined): string {
  const entries = Object.entries(filter ?? {}).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length));
  return JSON.stringify(entries.map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]).sort());
}

/**
 * The part of a filter that selects links (selection.ts): kinds and regions
 * only decide what is shown. Its years as one range, so that a year and the
 * same year as a range share their results.
 */
function linksOf(filter: GraphFilter | null | undefined): GraphFilter {
  const { activeFrom: from, activeTo: to } = filter ?? {};
  if (typeof from === 'number' && typeof to === 'number' && to < from) {
    throw userError(`filter.activeTo (${to}) is before filter.activeFrom (${from}): a range of years goes from the earlier to the later`, 'filter.activeTo');
  }
  const years = filter ? yearsOf(filter) : null;
  const end = (year: number | undefined) => (year === undefined || !Number.isFinite(year) ? null : year);
  return {
    themes: filter?.themes,
    orientations: filter?.orientations,
    activeFrom: end(years?.from),
    activeTo: end(years?.to),
    statuses: filter?.statuses,
    statedOnly: filter?.statedOnly,
  };
}

export class Analytics {
  private readonly results = new WeakMap<Projection, Map<string, unknown>>();
  private readonly inDatabase: GdsClusters | null;

  /**
   * `projections` may be shared: the benchmark times each analysis cold on its own results over one projection read.
   * `clustersInDatabase` false keeps the clusters in the server where the database has GDS (the benchmark compares).
   */
  constructor(
    store: GraphStore,
    private readonly projections: ProjectionCache = new ProjectionCache(store),
    private readonly maxStalenessMs = 0,
    clustersInDatabase = true,
  ) {
    this.inDatabase = clustersInDatabase ? new GdsClusters(store) : null;
  }

  /** For the whole-graph analyses: a projection that misses no write older than the staleness allowed. */
  private recent(): Promise<Projection> {
    return this.projections.within(this.maxStalenessMs);
  }

  /** `compute` once per projection (data version) and key; a promise that fails is not kept, so the next call tries again. */
  private cached<T>(projection: Projection, key: string, compute: () => T): T {
    let results = this.results.get(projection);
    if (!results) this.results.set(projection, (results = new Map()));
    if (!results.has(key)) {
      const value = compute();
      results.set(key, value);
      if (value instanceof Promise) value.catch(() => results.get(key) === value && results.delete(key));
    }
    return results.get(key) as T;
  }

  /** The partnerships and relationships a filter keeps: views that differ only in kinds or regions share them. */
  private selected(projection: Projection, filter: GraphFilter | null | undefined): SelectedLinks {
    const links = linksOf(filter);
    return this.cached(projection, `selected|${keyOf(links)}`, () => select(projection, links));
  }

  private view(projection: Projection, filter: GraphFilter | null | undefined): View {
    return this.cached(projection, `view|${keyOf(filter)}`, () => {
      const selection: Selection = filter ?? {};
      const selected = this.selected(projection, filter);
      const visible = shown(projection, selection, selected);
      // Views that differ only in what they show share one list of links and one graph.
      const linkKey = keyOf(linksOf(filter));
      const links = () => this.cached(projection, `actor-links|${linkKey}`, () => actorLinks(projection, selected));
      const graph = () => this.cached(projection, `actor-graph|${linkKey}`, () => actorGraph(links()));
      return {
        selection,
        get links() {
          return links();
        },
        get graph() {
          return graph();
        },
        shown: visible,
        keep: (id: string) => visible.has(id),
      };
    });
  }

  private support(projection: Projection, filter: GraphFilter | null | undefined, reach: number): Map<string, CitySupport> {
    return this.cached(projection, `support|${keyOf(linksOf(filter))}|${reach}`, () =>
      supportOfCities(projection, this.selected(projection, filter), reach),
    );
  }

  /** In the database for a view of the whole graph where it has GDS; in the server otherwise. */
  private clustering(projection: Projection, filter: GraphFilter | null | undefined, algorithm: ClusterAlgorithm): Promise<Clustering> {
    return this.cached(projection, `clustering|${keyOf(filter)}|${algorithm}`, async () => {
      const view = this.view(projection, filter);
      const whole = coversWholeGraph(projection, this.selected(projection, filter), view.shown);
      const inDatabase = whole && this.inDatabase ? await this.inDatabase.of(projection) : null;
      return inDatabase?.[algorithm] ?? cluster(view.links, view.keep, algorithm);
    });
  }

  private async annotations(projection: Projection, filter: GraphFilter | null | undefined): Promise<Annotations> {
    return { support: this.support(projection, filter, DEFAULT_REACH), clusters: (await this.clustering(projection, filter, 'LOUVAIN')).clusterOf };
  }

  /** Support of one city in the whole graph; null when the id is not a city. */
  async citySupport(id: string, reach: number = DEFAULT_REACH): Promise<CitySupport | null> {
    return this.support(await this.projections.get(), null, reach).get(id) ?? null;
  }

  /** Ids of the cities at a support level in the whole graph. */
  async citiesAtLevel(level: CitySupport['level']): Promise<string[]> {
    return [...this.support(await this.projections.get(), null, DEFAULT_REACH)].filter(([, s]) => s.level === level).map(([id]) => id);
  }

  async hasActor(id: string): Promise<boolean> {
    return (await this.projections.get()).actors.has(id);
  }

  async isCity(id: string): Promise<boolean> {
    return (await this.projections.get()).actors.get(id)?.kind === 'CITY';
  }

  async graph(filter: GraphFilter | null | undefined): Promise<DrawnSubgraph> {
    const projection = await this.recent();
    return this.cached(projection, `subgraph|${keyOf(filter)}`, async () => {
      const view = this.view(projection, filter);
      return toSubgraph(view.graph, await this.annotations(projection, filter), view.keep);
    });
  }

  async partnershipYears(): Promise<YearCount[]> {
    const projection = await this.recent();
    return this.cached(projection, 'partnership-years', () => partnershipYears(projection));
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<DrawnSubgraph> {
    const projection = await this.projections.get();
    return neighbourhood(this.view(projection, null).graph, await this.annotations(projection, null), id, options);
  }

  async path(from: string, to: string, maxHops: number): Promise<DrawnSubgraph | null> {
    const projection = await this.projections.get();
    return shortestPath(this.view(projection, null).graph, await this.annotations(projection, null), from, to, maxHops);
  }

  async clusters(filter: GraphFilter | null | undefined, algorithm: ClusterAlgorithm): Promise<ClusterReport> {
    const projection = await this.recent();
    return this.cached(projection, `clusters|${keyOf(filter)}|${algorithm}`, async () => {
      const clustering = await this.clustering(projection, filter, algorithm);
      const themes = topThemes(this.selected(projection, filter).partnerships, clustering.clusterOf);
      const clusters = [...clustering.members]
        .filter(([, members]) => members.length > 1)
        .map(([id, memberIds]) => ({ id, size: memberIds.length, memberIds, topThemes: themes.get(id) ?? [] }))
        .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
      const modularity = clustering.modularity === null ? null : Math.round(clustering.modularity * 10_000) / 10_000;
      return { algorithm: clustering.algorithm, modularity, clusters };
    });
  }

  async triangles(kind: TriangleKind, filter: GraphFilter | null | undefined): Promise<FoundTriangle[]> {
    const projection = await this.recent();
    return this.cached(projection, `triangles|${kind}|${keyOf(filter)}`, () => {
      const view = this.view(projection, filter);
      if (kind === 'ANY') return anyTriangles(view.links, view.keep, projection.partnerships);
      const { partnerships, givers } = this.selected(projection, filter);
      return southSouthPlusOne(partnerships, (id) => givers.get(id) ?? [], projection.actors, view.keep);
    });
  }

  /** Ids of the cities support does not reach, most under-served first. */
  async isolatedCities(filter: GraphFilter | null | undefined, reach: number): Promise<string[]> {
    const projection = await this.recent();
    return this.cached(projection, `isolated|${keyOf(filter)}|${reach}`, () =>
      rankUnderserved(this.shownCities(projection, filter, reach)).map(({ city }) => city.id),
    );
  }

  async supportGaps(groupBy: GapGrouping, filter: GraphFilter | null | undefined, reach: number): Promise<SupportGap[]> {
    const projection = await this.recent();
    return this.cached(projection, `gaps|${groupBy}|${keyOf(filter)}|${reach}`, () => supportGaps(this.shownCities(projection, filter, reach), groupBy));
  }

  /** The cities a filter shows, with their support. */
  private shownCities(projection: Projection, filter: GraphFilter | null | undefined, reach: number) {
    const view = this.view(projection, filter);
    return [...this.support(projection, filter, reach)]
      .filter(([id]) => view.shown.has(id))
      .map(([id, support]) => ({ city: projection.actors.get(id)!, support }));
  }

  async matches(cityId: string, theme: Theme): Promise<Match[]> {
    const projection = await this.projections.get();
    return this.cached(projection, `matches|${cityId}|${theme}`, () => {
      const neighbours = this.cached(projection, 'neighbours', () => neighboursOf(this.view(projection, null).links));
      return matches(projection, neighbours, cityId, theme);
    });
  }

  async coverage(filter: GraphFilter | null | undefined): Promise<CoverageCell[]> {
    const projection = await this.recent();
    return this.cached(projection, `coverage|${keyOf(filter)}`, () => {
      const { partnerships, givers } = this.selected(projection, filter);
      const regions = filter?.regions?.length ? REGIONS.filter((r) => filter.regions!.includes(r)) : REGIONS;
      const themes = filter?.themes?.length ? THEMES.filter((t) => filter.themes!.includes(t)) : THEMES;
      return coverage(partnerships, projection.actors, (id) => givers.get(id) ?? [], regions, themes);
    });
  }
}

/**
 * The most frequent themes (up to five) of each cluster's partnerships: those
 * with at least two participants in it. One pass over the partnerships.
 */
function topThemes(partnerships: ProjectedPartnership[], clusterOf: Map<string, string>): Map<string, Theme[]> {
  const counts = new Map<string, Map<Theme, number>>();
  for (const p of partnerships) {
    const participantsIn = new Map<string, number>();
    for (const id of p.participants) {
      const cluster = clusterOf.get(id);
      if (cluster) participantsIn.set(cluster, (participantsIn.get(cluster) ?? 0) + 1);
    }
    for (const [cluster, n] of participantsIn) {
      if (n < 2) continue;
      let themes = counts.get(cluster);
      if (!themes) counts.set(cluster, (themes = new Map()));
      for (const t of p.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([cluster, themes]) => [cluster, [...themes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([t]) => t)]),
  );
}

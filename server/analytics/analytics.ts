// The entry point of the graph-wide views and analyses: one per server. Every
// result is computed from one projection and kept with it, keyed by the
// analysis and its arguments, so nothing is recomputed per field or per item.
// Which projection: what a request names or looks up (an actor, its
// neighbourhood or a path with their colours, its support, its matches) comes
// from the projection of every write committed before the request; the
// whole-graph analyses (graph, clusters, triangles, isolated cities, gaps,
// coverage) may come from an older one that misses only writes committed less
// than `maxStalenessMs` ago (docs/api.md, "Analyses under writes"; 0, the default:
// never). Where the database has Graph Data Science, the clusters of the whole
// graph are computed there (gds-clusters.ts).
import type {
  ActorGrouping,
  ClusterAlgorithm,
  Facet,
  FacetCell,
  GapGrouping,
  Region,
  GraphFilter,
  SupportGap,
  Theme,
  TriangleKind,
  CoverageCell,
} from '../graphql/generated/resolvers-types.ts';
import { REGIONS, THEMES } from '../domain/enums.ts';
import { userError } from '../graphql/errors.ts';
import type { GraphStore } from '../store/store.ts';
import { Adjacency } from './adjacency.ts';
import { actorGraph, actorLinks, neighboursOf, type ActorGraph, type ActorLinks } from './actor-graph.ts';
import { cluster, type Clustering } from './clusters.ts';
import { cityOffers, NO_OFFERS, type CityOffers } from './cooperation-offers.ts';
import { facetMatrix } from './facets.ts';
import { fair, fairContext, type FairContext, type FairPairing } from './fair.ts';
import { agendaOf, fundingOpportunities, type Agenda, type Opportunity } from './funding-opportunities.ts';
import { complements, overlaps, type Complement, type Overlap } from './overlaps.ts';
import { supporterReach, type SupporterReach } from './supporter-reach.ts';
import { coverage } from './coverage.ts';
import { GdsClusters, isUnfilteredView } from './gds-clusters.ts';
import { rankUnderserved, supportGaps } from './gaps.ts';
import { matches, type Match } from './matches.ts';
import { groupFacets } from './group-facets.ts';
import { describeGroup } from './group-labels.ts';
import { degreesWithin, groupActors, openGroup, type ActorGroupModel, type GroupLink, type Groups } from './overview.ts';
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
  /** The links as numbers, for the neighbourhood (adjacency.ts). */
  adjacency: Adjacency;
  shown: Set<string>;
  keep: (id: string) => boolean;
}

export interface ClusterReport {
  algorithm: string;
  modularity: number | null;
  clusters: { id: string; size: number; memberIds: string[]; topThemes: Theme[]; label: string; countries: string[]; hubIds: string[] }[];
}

/** The overview of a view: in groups when it has more actors than can be read one by one, whole otherwise. */
export interface OverviewModel {
  totalActors: number;
  aggregated: boolean;
  grouping: ActorGrouping;
  /** Every group, the opened one too; empty when not aggregated. */
  groups: ActorGroupModel[];
  open: ActorGroupModel | null;
  /** The opened group's members and their links; the whole view when not aggregated; nothing otherwise. */
  members: DrawnSubgraph;
  links: GroupLink[];
  groupOf: (id: string) => string | null;
}

const NOTHING: DrawnSubgraph = { nodes: [], edges: [], truncated: false, totalNodes: 0 };

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
      const adjacency = () => this.cached(projection, `adjacency|${linkKey}`, () => new Adjacency(links()));
      return {
        selection,
        get links() {
          return links();
        },
        get graph() {
          return graph();
        },
        get adjacency() {
          return adjacency();
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

  /** In the database for the view without a filter where it has GDS; in the server otherwise. */
  private clustering(projection: Projection, filter: GraphFilter | null | undefined, algorithm: ClusterAlgorithm): Promise<Clustering> {
    return this.cached(projection, `clustering|${keyOf(filter)}|${algorithm}`, async () => {
      const view = this.view(projection, filter);
      const whole = isUnfilteredView(projection, this.selected(projection, filter), this.selected(projection, null), view.shown);
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
      return toSubgraph(view.links, await this.annotations(projection, filter), view.keep);
    });
  }

  async partnershipYears(): Promise<YearCount[]> {
    const projection = await this.recent();
    return this.cached(projection, 'partnership-years', () => partnershipYears(projection));
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<DrawnSubgraph> {
    const projection = await this.projections.get();
    return neighbourhood(this.view(projection, null).adjacency, await this.annotations(projection, null), id, options);
  }

  async path(from: string, to: string, maxHops: number): Promise<DrawnSubgraph | null> {
    const projection = await this.projections.get();
    const view = this.view(projection, null);
    return shortestPath(view.graph, view.adjacency, await this.annotations(projection, null), from, to, maxHops);
  }

  async clusters(filter: GraphFilter | null | undefined, algorithm: ClusterAlgorithm): Promise<ClusterReport> {
    const projection = await this.recent();
    return this.cached(projection, `clusters|${keyOf(filter)}|${algorithm}`, async () => {
      const clustering = await this.clustering(projection, filter, algorithm);
      const facets = groupFacets(this.selected(projection, filter).partnerships, clustering.clusterOf);
      const degree = degreesWithin(this.view(projection, filter).links.edges, clustering.clusterOf);
      const clusters = [...clustering.members]
        .filter(([, members]) => members.length > 1)
        .map(([id, memberIds]) => {
          const topThemes = facets.get(id)?.topThemes ?? [];
          const { label, countries, hubIds } = describeGroup({ memberIds, actors: projection.actors, degree, themes: topThemes });
          return { id, size: memberIds.length, memberIds, topThemes, label, countries, hubIds };
        })
        .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
      const modularity = clustering.modularity === null ? null : Math.round(clustering.modularity * 10_000) / 10_000;
      return { algorithm: clustering.algorithm, modularity, clusters };
    });
  }

  private groups(projection: Projection, filter: GraphFilter | null | undefined, by: ActorGrouping): Promise<Groups> {
    return this.cached(projection, `groups|${keyOf(filter)}|${by}`, async () => {
      const view = this.view(projection, filter);
      return groupActors({
        actors: projection.actors,
        shown: view.shown,
        edges: view.links.edges,
        clustering: await this.clustering(projection, filter, 'LOUVAIN'),
        support: this.support(projection, filter, DEFAULT_REACH),
        partnerships: this.selected(projection, filter).partnerships,
        by,
      });
    });
  }

  /**
   * The view whole when it shows at most `readable` actors; otherwise its
   * groups, with `open` (a group id) opened. An `open` the view has no group
   * of is answered as none opened (`open` null).
   */
  async overview(filter: GraphFilter | null | undefined, by: ActorGrouping, open: string | null, readable: number): Promise<OverviewModel> {
    const projection = await this.recent();
    const total = this.view(projection, filter).shown.size;
    if (total <= readable) {
      const whole = await this.graph(filter);
      return { totalActors: total, aggregated: false, grouping: by, groups: [], open: null, members: whole, links: [], groupOf: () => null };
    }
    const groups = await this.groups(projection, filter, by);
    const opened = open === null ? undefined : groups.byId.get(open);
    const groupOf = (id: string) => groups.groupOf.get(id) ?? null;
    const base = { totalActors: total, aggregated: true, grouping: by, groups: groups.groups, groupOf };
    if (!opened) return { ...base, open: null, members: NOTHING, links: groups.links };
    const { members, links } = await this.cached(projection, `open|${keyOf(filter)}|${by}|${opened.id}`, async () => {
      const view = this.view(projection, filter);
      return openGroup(groups, view.links, await this.annotations(projection, filter), opened.id);
    });
    return { ...base, open: opened, members, links };
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

  /** Who each supporter reaches, and on which themes, along the relationships a filter selects (supporter-reach.ts). */
  private reachOf(projection: Projection, filter: GraphFilter | null | undefined): SupporterReach {
    return this.cached(projection, `supporter-reach|${keyOf(linksOf(filter))}`, () =>
      supporterReach(projection, this.selected(projection, filter), this.support(projection, filter, DEFAULT_REACH), DEFAULT_REACH),
    );
  }

  /** Supporters of the kinds a filter names (any without), and cities in its regions (any without). */
  private keepers(projection: Projection, filter: GraphFilter | null | undefined) {
    const kinds = filter?.kinds?.length ? new Set(filter.kinds) : null;
    const regions = filter?.regions?.length ? new Set<Region>(filter.regions) : null;
    return {
      supporter: (id: string) => !kinds || kinds.has(projection.actors.get(id)!.kind),
      city: (id: string) => !regions || regions.has(projection.actors.get(id)!.region!),
      region: (r: Region) => !regions || regions.has(r),
    };
  }

  /** Every overlapping pair of supporters, largest overlap first: the answer for any minOverlap is a prefix. */
  async overlaps(filter: GraphFilter | null | undefined): Promise<Overlap[]> {
    const projection = await this.recent();
    return this.cached(projection, `overlaps|${keyOf(filter)}`, () => {
      const keep = this.keepers(projection, filter);
      return overlaps(this.reachOf(projection, filter), keep.supporter, keep.city);
    });
  }

  async complements(filter: GraphFilter | null | undefined): Promise<Complement[]> {
    const projection = await this.recent();
    return this.cached(projection, `complements|${keyOf(filter)}`, () => {
      const keep = this.keepers(projection, filter);
      return complements(this.reachOf(projection, filter), keep.supporter, keep.region);
    });
  }

  /** Whether an actor funds others: a donor, or a city or association with a donorType. */
  async isDonor(id: string): Promise<boolean> {
    return (await this.projections.get()).donors.has(id);
  }

  /** The themes and regions of what a donor already funds and reaches, in the schema's order. */
  async donorAgenda(donorId: string): Promise<{ themes: Theme[]; regions: Region[] }> {
    const projection = await this.projections.get();
    return this.cached(projection, `agenda|${donorId}`, () => {
      const { themes, regions } = agendaOf(this.reachOf(projection, null), projection, donorId);
      return { themes: THEMES.filter((t) => themes.has(t)), regions: REGIONS.filter((r) => regions.has(r)) };
    });
  }

  async fundingOpportunities(agenda: Agenda): Promise<Opportunity[]> {
    const projection = await this.projections.get();
    const key = `opportunities|${agenda.donorId}|${[...agenda.themes].sort()}|${[...agenda.regions].sort()}`;
    return this.cached(projection, key, () => {
      const offers = this.offers(projection);
      return fundingOpportunities(projection, this.support(projection, null, DEFAULT_REACH), this.reachOf(projection, null), (id) => offers.get(id) ?? NO_OFFERS, agenda);
    });
  }

  async facetMatrix(rows: Facet, columns: Facet, filter: GraphFilter | null | undefined): Promise<FacetCell[]> {
    const projection = await this.recent();
    return this.cached(projection, `facets|${rows}|${columns}|${keyOf(filter)}`, () =>
      facetMatrix(rows, columns, { projection, selected: this.selected(projection, filter), filter }),
    );
  }

  private offers(projection: Projection): Map<string, CityOffers> {
    return this.cached(projection, 'offers', () => cityOffers(projection));
  }

  /** What a city seeks and offers, declared and derived. */
  async offersOfCity(cityId: string): Promise<CityOffers> {
    return this.offers(await this.projections.get()).get(cityId) ?? NO_OFFERS;
  }

  async fair(theme: Theme | null, region: Region | null, first: number): Promise<FairPairing[]> {
    const projection = await this.projections.get();
    return this.cached(projection, `fair|${theme}|${region}|${first}`, () => fair(this.fairContext(projection), theme, region, first));
  }

  /** Each city's memberships and partners, for the fair's scores and flags. */
  private fairContext(projection: Projection): FairContext {
    return this.cached(projection, 'fair-context', () => fairContext(projection, this.selected(projection, null).partnerships, this.offers(projection)));
  }

}

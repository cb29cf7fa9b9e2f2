// What the Explore view draws, from the URL state: the overview of the
// filtered graph (whole when it is small enough to read, otherwise its groups
// with the opened one's members: docs/explorer.md, "Overview first"), or every actor
// when the user asks for all; the neighbourhoods the user expanded, and the
// shortest path they asked for. Each part can fail on its own; the view
// reports the first failure and retries them all.
import { useEffect, useMemo, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { graphFilter, type ExploreState } from './explore-state.ts';
import { CITY_LOCATIONS, GRAPH, NEIGHBOURHOOD, OVERVIEW, PATH } from './graph-queries.ts';
import { union, type Drawn } from './elements.ts';
import { drawnGroupLinks } from './group-links.ts';
import type { ActorGrouping, CityLocationsQuery, OverviewQuery } from '../generated/operations.ts';

/** What the overview says of the picture: how many actors the view has, whether they are in groups, which is open. */
export interface OverviewState {
  totalActors: number;
  aggregated: boolean;
  groupCount: number;
  open: OverviewQuery['overview']['open'];
  /** Links between the groups drawn, and of those the heaviest drawn (group-links.ts). */
  groupLinks: number;
  groupLinksDrawn: number;
}

export const serverGrouping = (grouping: Exclude<ExploreState['grouping'], 'all'>) => grouping.toUpperCase() as ActorGrouping;

/**
 * An expanded neighbourhood the server cut at its limits: how many actors it shows, of how many (null: not
 * counted), and how many links, of how many; null where nothing was cut.
 */
export interface CutNeighbourhood {
  id: string;
  actors: { shown: number; total: number | null } | null;
  links: { shown: number; total: number } | null;
}

interface Failure {
  what: string;
  message: string;
  retry: () => void;
}

/** Runs one query per id through the client (a variable number of queries cannot be hooks). */
function useEach<T>(ids: readonly string[], load: (id: string) => Promise<T>): { results: T[]; failure: Failure | null; loading: boolean } {
  const key = ids.join(',');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; results: T[]; error: Error | null }>({ key: '', results: [], error: null });
  useEffect(() => {
    let current = true;
    Promise.all(ids.map(load)).then(
      (results) => current && setState({ key, results, error: null }),
      (error: Error) => current && setState({ key, results: [], error }),
    );
    return () => {
      current = false;
    };
    // `ids` is represented by `key`; `load` is stable per caller.
  }, [key, attempt]);
  const done = state.key === key;
  return {
    results: done ? state.results : [],
    loading: !done && ids.length > 0,
    failure: done && state.error ? { what: 'a neighbourhood', message: state.error.message, retry: () => setAttempt((n) => n + 1) } : null,
  };
}

export function useDrawn(state: ExploreState) {
  const client = useApolloClient();
  // Not through the cache: normalising the tens of thousands of nodes and edges
  // of a large graph took seconds, and nothing else reads them (a graph view's
  // nodes depend on its filter, so they are not shared: apollo.ts).
  const filter = graphFilter(state);
  // The map places every city by its coordinates (its own clustering), so it asks for all of them.
  const grouping = state.layout === 'geo' ? 'all' : state.grouping;
  const all = grouping === 'all';
  const graph = useQuery(GRAPH, all ? { variables: { filter }, fetchPolicy: 'no-cache' } : skipToken);
  const overview = useQuery(
    OVERVIEW,
    grouping === 'all' ? skipToken : { variables: { filter, groupBy: serverGrouping(grouping), open: state.open }, fetchPolicy: 'no-cache' },
  );
  const neighbourhoods = useEach(state.expanded, (id) =>
    client.query({ query: NEIGHBOURHOOD, variables: { id, depth: 1 } }).then((r) => r.data?.neighbourhood),
  );
  const path = useQuery(PATH, state.selected && state.pathTo ? { variables: { from: state.selected, to: state.pathTo } } : skipToken);

  // While a new filter loads, the previous graph stays on screen (marked busy) instead of vanishing.
  const shownGraph = all ? (graph.data ?? graph.previousData) : undefined;
  const shownOverview = all ? undefined : (overview.data ?? overview.previousData)?.overview;
  const groups = useMemo(() => {
    if (!shownOverview?.aggregated) return null;
    const drawnGroups = shownOverview.groups.filter((g) => g.id !== shownOverview.open?.id);
    return { groups: drawnGroups, ...drawnGroupLinks(shownOverview.groups, shownOverview.links) };
  }, [shownOverview]);
  const drawn: Drawn | null = useMemo(() => {
    const base = shownGraph?.graph ?? shownOverview?.members;
    if (!base) return null;
    const actors = union([base, ...neighbourhoods.results, path.data?.path]);
    return groups ? { ...actors, groups: groups.groups, groupLinks: groups.links } : actors;
  }, [shownGraph, shownOverview, groups, neighbourhoods.results, path.data]);
  const overviewState: OverviewState | null = shownOverview
    ? {
        totalActors: shownOverview.totalActors,
        aggregated: shownOverview.aggregated,
        groupCount: shownOverview.groups.length,
        open: shownOverview.open,
        groupLinks: groups?.between ?? 0,
        groupLinksDrawn: groups?.betweenDrawn ?? 0,
      }
    : null;
  const failures: Failure[] = [
    graph.error && { what: 'the graph', message: graph.error.message, retry: () => void graph.refetch() },
    overview.error && { what: 'the graph', message: overview.error.message, retry: () => void overview.refetch() },
    neighbourhoods.failure,
    path.error && { what: 'the path', message: path.error.message, retry: () => void path.refetch() },
  ].filter((f): f is Failure => !!f);
  // The server answers at most its limits of actors around one (nearest first) and of links (strongest first): say which were cut.
  const cut: CutNeighbourhood[] = neighbourhoods.results.flatMap((n, i) => {
    if (!n || (!n.truncated && n.totalEdges <= n.edges.length)) return [];
    const actors = n.truncated ? { shown: n.nodes.length, total: n.totalNodes ?? null } : null;
    const links = n.totalEdges > n.edges.length ? { shown: n.edges.length, total: n.totalEdges } : null;
    return [{ id: state.expanded[i]!, actors, links }];
  });
  return {
    drawn,
    overview: overviewState,
    cut,
    loading: graph.loading || overview.loading || neighbourhoods.loading || path.loading,
    failure: failures[0] ?? null,
    /** The path as asked: undefined while none is asked or loading, null when there is none within reach. */
    path: state.selected && state.pathTo && !path.loading ? (path.data?.path ?? null) : undefined,
  };
}

export type Locations = Map<string, { lat: number; lon: number }>;

/** Locations of every city, page by page. */
export async function loadCityLocations(client: ApolloClient): Promise<Locations> {
  const locations: Locations = new Map();
  let after: string | null = null;
  for (;;) {
    // Not through the cache either: normalising 100,000 cities, which nothing else reads in this shape, held the page for seconds.
    const page: CityLocationsQuery | undefined = (await client.query({ query: CITY_LOCATIONS, variables: { after }, fetchPolicy: 'no-cache' })).data;
    for (const { node } of page?.cities.edges ?? []) if (node.location) locations.set(node.id, node.location);
    if (!page?.cities.pageInfo.hasNextPage) return locations;
    after = page.cities.pageInfo.endCursor ?? null;
  }
}

/** Locations of every city, once the geographic layout is on. */
export function useCityLocations(enabled: boolean) {
  const client = useApolloClient();
  const result = useEach(enabled ? ['all'] : [], () => loadCityLocations(client));
  return {
    locations: result.results[0] ?? null,
    loading: result.loading,
    failure: result.failure && { ...result.failure, what: 'the city locations' },
  };
}

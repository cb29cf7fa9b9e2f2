// The Explore view's state, read from and written to the URL
// (?kinds=CITY&regions=AFRICA&themes=WATER_SANITATION&year=2000&selected=city:co:medellin).
// Values the server does not know are sent as they are: it answers
// BAD_USER_INPUT naming them, which the view shows with a way out.
import type { ActorKind, GraphFilter, Orientation, Region, Theme } from '../generated/operations.ts';
import { intParam, listParam, useUrlParams, type UrlPatch } from '../url-state.ts';

export type LayoutMode = 'force' | 'geo';

/** How a view too large to read opens (the server's ActorGrouping), or 'all': every actor drawn. */
export type Grouping = 'community' | 'country' | 'region' | 'all';
const GROUPINGS: readonly Grouping[] = ['community', 'country', 'region', 'all'];

export interface ExploreState {
  kinds: ActorKind[];
  regions: Region[];
  themes: Theme[];
  orientations: Orientation[];
  /** activeInYear; null for any year. */
  year: number | null;
  /** The actor whose details are open. */
  selected: string | null;
  /** The other end of the shortest path from the selected actor. */
  pathTo: string | null;
  /** Actors whose neighbourhood is drawn beside the filtered graph. */
  expanded: string[];
  layout: LayoutMode;
  /** How the overview groups actors (?groups=country), 'community' by default. */
  grouping: Grouping;
  /** The overview's group opened (?open=cluster:city:pl:krakow). */
  open: string | null;
}

export type ExplorePatch = { [K in keyof ExploreState]?: ExploreState[K] };

export type ExploreUpdate = (patch: ExplorePatch, options?: { replace?: boolean }) => void;

export function useExploreState(): [ExploreState, ExploreUpdate] {
  const [params, setParams] = useUrlParams();
  const state: ExploreState = {
    kinds: listParam(params, 'kinds') as ActorKind[],
    regions: listParam(params, 'regions') as Region[],
    themes: listParam(params, 'themes') as Theme[],
    orientations: listParam(params, 'orientations') as Orientation[],
    year: intParam(params, 'year'),
    selected: params.get('selected'),
    pathTo: params.get('pathTo'),
    expanded: listParam(params, 'expanded'),
    layout: params.get('layout') === 'geo' ? 'geo' : 'force',
    grouping: GROUPINGS.find((g) => g === params.get('groups')) ?? 'community',
    open: params.get('open'),
  };
  const update: ExploreUpdate = (patch, options) => {
    const url: UrlPatch = {};
    for (const [key, value] of Object.entries(patch)) {
      // Defaults stay out of the URL.
      if (key === 'layout') url.layout = value === 'force' ? null : (value as string);
      else if (key === 'grouping') url.groups = value === 'community' ? null : (value as string);
      else url[key] = value as UrlPatch[string];
    }
    setParams(url, options);
  };
  return [state, update];
}

/** The server's GraphFilter for this state: only the filters that are set. */
export function graphFilter(state: ExploreState): GraphFilter {
  return {
    ...(state.kinds.length ? { kinds: state.kinds } : {}),
    ...(state.regions.length ? { regions: state.regions } : {}),
    ...(state.themes.length ? { themes: state.themes } : {}),
    ...(state.orientations.length ? { orientations: state.orientations } : {}),
    ...(state.year !== null ? { activeInYear: state.year } : {}),
  };
}

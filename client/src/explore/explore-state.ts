// The Explore view's state, read from and written to the URL
// (?kinds=CITY&regions=AFRICA&themes=WATER_SANITATION&statuses=ESTABLISHED,ANNOUNCED&year=2000&selected=city:co:medellin).
// Values the server does not know are sent as they are: it answers
// BAD_USER_INPUT naming them, which the view shows with a way out.
import type { ActorKind, GraphFilter, Orientation, PartnershipStatus, Region, Theme } from '../generated/operations.ts';
import { intParam, listParam, useUrlParams, type UrlPatch } from '../url-state.ts';

export type LayoutMode = 'force' | 'geo';

export interface ExploreState {
  kinds: ActorKind[];
  regions: Region[];
  themes: Theme[];
  orientations: Orientation[];
  /** Partnership statuses drawn and counted; none: established only (the server's default). */
  statuses: PartnershipStatus[];
  /** activeInYear; null for any year. */
  year: number | null;
  /** The actor whose details are open. */
  selected: string | null;
  /** The other end of the shortest path from the selected actor. */
  pathTo: string | null;
  /** Actors whose neighbourhood is drawn beside the filtered graph. */
  expanded: string[];
  layout: LayoutMode;
}

export type ExplorePatch = { [K in keyof ExploreState]?: ExploreState[K] };

export function useExploreState(): [ExploreState, (patch: ExplorePatch) => void] {
  const [params, setParams] = useUrlParams();
  const state: ExploreState = {
    kinds: listParam(params, 'kinds') as ActorKind[],
    regions: listParam(params, 'regions') as Region[],
    themes: listParam(params, 'themes') as Theme[],
    orientations: listParam(params, 'orientations') as Orientation[],
    statuses: listParam(params, 'statuses') as PartnershipStatus[],
    year: intParam(params, 'year'),
    selected: params.get('selected'),
    pathTo: params.get('pathTo'),
    expanded: listParam(params, 'expanded'),
    layout: params.get('layout') === 'geo' ? 'geo' : 'force',
  };
  const update = (patch: ExplorePatch) => {
    const url: UrlPatch = {};
    for (const [key, value] of Object.entries(patch)) url[key] = key === 'layout' && value === 'force' ? null : (value as UrlPatch[string]);
    setParams(url);
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
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.year !== null ? { activeInYear: state.year } : {}),
  };
}

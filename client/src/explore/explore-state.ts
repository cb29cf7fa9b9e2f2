// The Explore view's state, read from and written to the URL
// (?kinds=CITY&regions=AFRICA&themes=WATER_SANITATION&statuses=ESTABLISHED,ANNOUNCED&from=1990&to=2005&selected=city:co:medellin;
// the older ?year=2000 still opens as the range 2000–2000).
// Values the server does not know are sent as they are: it answers
// BAD_USER_INPUT naming them, which the view shows with a way out.
import type { ActorKind, GraphFilter, Orientation, PartnershipStatus, Region, Theme } from '../generated/operations.ts';
import { intParam, listParam, useUrlParams, type UrlPatch } from '../url-state.ts';
import { MAP_COLOURINGS, type MapColouring } from './map-colours.ts';

export type LayoutMode = 'force' | 'geo';

/** How a view too large to read opens (the server's ActorGrouping), or 'all': every actor drawn. */
export type Grouping = 'community' | 'country' | 'region' | 'all';
const GROUPINGS: readonly Grouping[] = ['community', 'country', 'region', 'all'];

export interface ExploreState {
  kinds: ActorKind[];
  regions: Region[];
  themes: Theme[];
  orientations: Orientation[];
  /** Partnership statuses drawn and counted; none: established only (the server's default). */
  statuses: PartnershipStatus[];
  /** The range of years links are active in (activeFrom, activeTo), both ends included; null ends are open, both null for any year. */
  from: number | null;
  to: number | null;
  /** The actor whose details are open. */
  selected: string | null;
  /** The other end of the shortest path from the selected actor. */
  pathTo: string | null;
  /** Actors whose neighbourhood is drawn beside the filtered graph. */
  expanded: string[];
  layout: LayoutMode;
  /** What the map colours its actors and clusters by. */
  mapColour: MapColouring;
  /** How the overview groups actors (?groups=country), 'community' by default. */
  grouping: Grouping;
  /** The overview's group opened (?open=cluster:city:pl:krakow). */
  open: string | null;
}

export type ExplorePatch = { [K in keyof ExploreState]?: ExploreState[K] };

/** `replace`: a step the Back button should not stop at (the year range playing). */
export type ExploreUpdate = (patch: ExplorePatch, options?: { replace?: boolean }) => void;

export function useExploreState(): [ExploreState, ExploreUpdate] {
  const [params, setParams] = useUrlParams();
  const state: ExploreState = {
    kinds: listParam(params, 'kinds') as ActorKind[],
    regions: listParam(params, 'regions') as Region[],
    themes: listParam(params, 'themes') as Theme[],
    orientations: listParam(params, 'orientations') as Orientation[],
    statuses: listParam(params, 'statuses') as PartnershipStatus[],
    from: intParam(params, 'from') ?? intParam(params, 'year'),
    to: intParam(params, 'to') ?? intParam(params, 'year'),
    selected: params.get('selected'),
    pathTo: params.get('pathTo'),
    expanded: listParam(params, 'expanded'),
    layout: params.get('layout') === 'geo' ? 'geo' : 'force',
    mapColour: (Object.keys(MAP_COLOURINGS) as MapColouring[]).find((c) => c === params.get('mapColour')) ?? 'kind',
    grouping: GROUPINGS.find((g) => g === params.get('groups')) ?? 'community',
    open: params.get('open'),
  };
  const update: ExploreUpdate = (patch, options) => {
    const url: UrlPatch = {};
    // Defaults stay out of the URL; the grouping's parameter is `groups`.
    const defaults: Partial<Record<string, unknown>> = { layout: 'force', mapColour: 'kind', grouping: 'community' };
    for (const [key, value] of Object.entries(patch)) url[key === 'grouping' ? 'groups' : key] = value === defaults[key] ? null : (value as UrlPatch[string]);
    // The range replaces the single year of older links.
    if ('from' in patch || 'to' in patch) url.year = null;
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
    ...(state.statuses.length ? { statuses: state.statuses } : {}),
    ...(state.from !== null ? { activeFrom: state.from } : {}),
    ...(state.to !== null ? { activeTo: state.to } : {}),
  };
}

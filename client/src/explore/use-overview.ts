// What a view does on an overview (docs/explorer.md, "Overview first"): a tap on a
// group opens it; an actor selected but not drawn (found by search, picked in
// the details, a shared link) opens the group it is in, and once drawn is
// brought forward with what it is linked to (actors and groups); the view's
// colouring of the groups joins its colours of actors.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { groupLinkId, type Drawn } from './elements.ts';
import type { Highlight } from './GraphCanvas.tsx';
import { graphFilter, type ExploreState, type ExploreUpdate } from './explore-state.ts';
import { ACTOR_GROUP_OF } from './graph-queries.ts';
import type { GroupColouringOf } from './group-colours.tsx';
import { serverGrouping, type OverviewState } from './use-drawn.ts';

interface Input {
  state: ExploreState;
  update: ExploreUpdate;
  select: (id: string | null) => void;
  drawn: Drawn | null;
  overview: OverviewState | null;
  colors: ReadonlyMap<string, string> | null;
  groupColouring: GroupColouringOf;
}

/** On an overview, the actor selected and what it is linked to among what is drawn (actors and groups). */
function around(drawn: Drawn, id: string): Highlight {
  const nodes = new Set([id]);
  const edges: string[] = [];
  for (const e of drawn.edges) {
    if (e.source !== id && e.target !== id) continue;
    nodes.add(e.source === id ? e.target : e.source);
    edges.push(e.id);
  }
  for (const l of drawn.groupLinks ?? []) {
    if (l.source !== id && l.target !== id) continue;
    nodes.add(l.source === id ? l.target : l.source);
    edges.push(groupLinkId(l));
  }
  // Marked, not the rest faded: on an opened group of thousands, fading restyles every element on each click.
  return { nodes: [...nodes], edges, fade: false, centre: id };
}

export function useOverview({ state, update, select, drawn, overview, colors, groupColouring }: Input) {
  const client = useApolloClient();
  const groupIds = useMemo(() => new Set(drawn?.groups?.map((g) => g.id)), [drawn]);
  // A tap on a group opens it; on an actor, selects it.
  const tap = useCallback(
    (id: string | null) => (id && groupIds.has(id) ? update({ open: id, selected: null, pathTo: null }) : select(id)),
    [groupIds, update, select],
  );

  // An actor selected but not drawn (found by search, picked in the details): open its group, in place of this history entry.
  const aggregated = !!overview?.aggregated;
  const drawnSelected = !!state.selected && !!drawn?.nodes.some((n) => n.id === state.selected);
  const filterKey = JSON.stringify(graphFilter(state));
  const updateNow = useRef(update);
  updateNow.current = update;
  useEffect(() => {
    if (!aggregated || !state.selected || drawnSelected || state.grouping === 'all') return;
    let current = true;
    const variables = { filter: JSON.parse(filterKey), groupBy: serverGrouping(state.grouping), id: state.selected };
    void client.query({ query: ACTOR_GROUP_OF, variables }).then(({ data }) => {
      const group = data?.overview.groupOf;
      if (current && group && group !== state.open) updateNow.current({ open: group }, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [aggregated, state.selected, drawnSelected, state.grouping, state.open, filterKey, client]);

  const groupColours = useMemo(() => (drawn?.groups?.length ? groupColouring(drawn.groups) : null), [drawn, groupColouring]);
  const colours = useMemo(() => {
    if (!groupColours || !drawn?.groups) return colors;
    const all = new Map(colors);
    for (const g of drawn.groups) {
      const colour = groupColours.colour(g);
      if (colour) all.set(g.id, colour);
    }
    return all;
  }, [colors, drawn, groupColours]);
  const focus = useMemo(() => (aggregated && drawn && drawnSelected ? around(drawn, state.selected!) : null), [aggregated, drawn, drawnSelected, state.selected]);
  return { tap, colours, legend: groupColours?.legend ?? null, focus };
}

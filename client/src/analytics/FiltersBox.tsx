// The graph filters inside an analysis's side panel, folded away: the
// analysis comes first, the filters (shared with Explore through the URL)
// are a click away and say how many are set.
import type { ExplorePatch, ExploreState } from '../explore/explore-state.ts';
import { graphFilter } from '../explore/explore-state.ts';
import { Filters } from '../explore/Filters.tsx';

export function FiltersBox({ state, onChange }: { state: ExploreState; onChange: (patch: ExplorePatch) => void }) {
  const set = Object.keys(graphFilter(state)).length;
  return (
    <details className="filters-box">
      <summary>Filters{set > 0 ? ` (${set} set)` : ''}</summary>
      <Filters state={state} onChange={onChange} />
    </details>
  );
}

// Above an overview: where the user is (the overview, or a group opened from
// it, as a breadcrumb back), how actors are grouped, and the way to draw every
// actor, with their count. Shown only for views too large to read whole.
import type { ExploreState, ExploreUpdate, Grouping } from './explore-state.ts';
import type { OverviewState } from './use-drawn.ts';
import { Segmented } from '../ui/Segmented.tsx';

const GROUPINGS: Record<Exclude<Grouping, 'all'>, string> = { community: 'Community', country: 'Country', region: 'Region' };

interface Props {
  state: ExploreState;
  update: ExploreUpdate;
  overview: OverviewState | null;
  /** Every actor of the view, when it is drawn whole at the user's request (the overview then knows no count). */
  drawnActors: number;
}

export function OverviewBar({ state, update, overview, drawnActors }: Props) {
  if (state.grouping === 'all') {
    return (
      <nav className="overview-bar" aria-label="Overview">
        <span>All {drawnActors.toLocaleString('en')} actors</span>
        <button type="button" className="link" onClick={() => update({ grouping: 'community', open: null })}>
          Back to the overview
        </button>
      </nav>
    );
  }
  if (!overview?.aggregated) return null;
  const back = () => update({ open: null, selected: null, pathTo: null });
  return (
    <nav className="overview-bar" aria-label="Overview">
      <ol className="breadcrumb" aria-label="Breadcrumb">
        <li>
          {overview.open ? (
            <button type="button" className="link" onClick={back}>
              Overview
            </button>
          ) : (
            <span aria-current="page">
              Overview: {overview.groupCount.toLocaleString('en')} groups of {overview.totalActors.toLocaleString('en')} actors
            </span>
          )}
        </li>
        {overview.open && (
          <li aria-current="page" data-testid="opened-group">
            {overview.open.label}
          </li>
        )}
      </ol>
      <Segmented
        label="Group by"
        options={GROUPINGS}
        value={state.grouping}
        onChange={(grouping) => update({ grouping, open: null })}
      />
      <button type="button" className="link" onClick={() => update({ grouping: 'all', open: null })}>
        Show all {overview.totalActors.toLocaleString('en')} actors
      </button>
      {overview.groupLinksDrawn < overview.groupLinks && (
        <span className="muted" role="status">
          The {overview.groupLinksDrawn.toLocaleString('en')} strongest of {overview.groupLinks.toLocaleString('en')} links between groups are drawn.
        </span>
      )}
    </nav>
  );
}

// The frame of an analytics view: its title and panel beside the graph, with
// the filters (shared with Explore) folded in the panel.
import type { ReactNode } from 'react';
import type { Highlight } from '../explore/GraphCanvas.tsx';
import { useExploreState } from '../explore/explore-state.ts';
import { ViewFrame } from '../explore/ViewFrame.tsx';
import type { GroupColouringOf } from '../explore/group-colours.tsx';
import { FiltersBox } from './FiltersBox.tsx';

interface Props {
  title: string;
  /** Controls shown above the filters (what to compute). */
  controls: ReactNode;
  /** The results, below the filters. */
  children: ReactNode;
  highlight?: Highlight | null;
  colors?: ReadonlyMap<string, string> | null;
  /** How an overview's groups are coloured, when the view has its own way (ViewFrame). */
  groupColouring?: GroupColouringOf;
  busy: boolean;
}

export function AnalysisFrame({ title, controls, children, highlight, colors, groupColouring, busy }: Props) {
  const [state, update] = useExploreState();
  return (
    <ViewFrame
      state={state}
      update={update}
      colors={colors}
      groupColouring={groupColouring}
      highlight={highlight}
      busy={busy}
      side={() => (
        <>
          <h2>{title}</h2>
          {controls}
          <FiltersBox state={state} onChange={update} />
          {children}
        </>
      )}
    />
  );
}

// The Explore view: search, filters, legend and the list of what is drawn
// beside the graph; the frame does the rest (ViewFrame.tsx). Everything a
// user would share is in the URL (explore-state.ts).
import { ActorList } from './ActorList.tsx';
import { useExploreState } from './explore-state.ts';
import { Filters } from './Filters.tsx';
import { Legend } from './Legend.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ViewFrame } from './ViewFrame.tsx';

export function ExploreView() {
  const [state, update] = useExploreState();
  const select = (id: string) => update({ selected: id, pathTo: null });
  return (
    <ViewFrame
      state={state}
      update={update}
      side={(drawn) => (
        <>
          <SearchBox label="Find an actor" placeholder="e.g. Medellín, UCLG…" onPick={select} />
          <Filters state={state} onChange={update} />
          <Legend />
          {drawn && <ActorList nodes={drawn.nodes} selected={state.selected} onPick={select} />}
        </>
      )}
    />
  );
}

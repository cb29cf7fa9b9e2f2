// The Explore view: filters, search and legend on the left, the graph in the
// middle, the selected actor's details on the right. Everything a user would
// share is in the URL (explore-state.ts).
import { useCallback, useMemo, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { ErrorRetry, Loading } from '../ui/QueryState.tsx';
import { ActorList } from './ActorList.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { useExploreState } from './explore-state.ts';
import { exportCsv, exportJson, exportPng, subset } from './export.ts';
import { Filters } from './Filters.tsx';
import { geoPositions } from './geo.ts';
import { GraphCanvas, runLayout } from './GraphCanvas.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { Legend } from './Legend.tsx';
import { SearchBox } from './SearchBox.tsx';
import { useCityLocations, useDrawn } from './use-drawn.ts';

export function ExploreView() {
  const [state, update] = useExploreState();
  const { drawn, loading, failure, path } = useDrawn(state);
  const geo = useCityLocations(state.layout === 'geo');
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const stage = useRef<HTMLDivElement>(null);

  const positions = useMemo(() => (drawn && geo.locations ? geoPositions(drawn, geo.locations) : null), [drawn, geo.locations]);
  // Until the locations arrive, the map layout waits rather than flashing the network layout.
  const ready = drawn && (state.layout === 'force' || positions);
  const select = useCallback((id: string | null) => update({ selected: id, pathTo: null }), [update]);
  const labels = new Map(drawn?.nodes.map((n) => [n.id, n.label]));
  const pathSummary =
    path === undefined ? null : path === null ? 'No path within 6 hops.' : `Path: ${path.nodes.map((n) => labels.get(n.id) ?? n.label).join(' → ')}`;

  // The selection to export: the selected actor and what it is linked to, or the path, or everything drawn.
  const exportIds = useMemo(() => {
    if (!drawn || !state.selected) return null;
    if (path) return new Set(path.nodes.map((n) => n.id));
    const ids = new Set([state.selected]);
    for (const e of drawn.edges) {
      if (e.source === state.selected) ids.add(e.target);
      if (e.target === state.selected) ids.add(e.source);
    }
    return ids;
  }, [drawn, state.selected, path]);
  const onExport = (format: 'png' | 'csv' | 'json') => {
    if (!drawn) return;
    const name = `c2c-${state.selected ? state.selected.replace(/[^a-z0-9-]+/gi, '-') : 'graph'}`;
    if (format === 'png' && cy) void exportPng(cy, state.layout === 'geo' ? (stage.current?.querySelector('canvas.geo-underlay') ?? null) : null, `${name}.png`);
    if (format === 'csv') exportCsv(subset(drawn, exportIds), `${name}.csv`);
    if (format === 'json') exportJson(subset(drawn, exportIds), `${name}.json`);
  };

  const problem = failure ?? geo.failure;
  return (
    <div className={`explore${state.selected ? ' with-details' : ''}`}>
      <aside className="side" aria-label="Search and filters">
        <SearchBox label="Find an actor" placeholder="e.g. Medellín, UCLG…" onPick={select} />
        <Filters state={state} onChange={update} />
        <Legend />
        {drawn && <ActorList nodes={drawn.nodes} selected={state.selected} onPick={select} />}
      </aside>
      <section className="stage" ref={stage} aria-label="Graph" aria-busy={loading}>
        <GraphToolbar
          cy={cy}
          layout={state.layout}
          onLayout={(layout) => update({ layout })}
          onReset={() => cy && runLayout(cy, state.layout, positions)}
          onExport={onExport}
          canExport={!!drawn}
          exportScope={exportIds ? 'the selected actor and its links' : 'everything drawn'}
        />
        {problem && <ErrorRetry what={problem.what} error={problem} onRetry={problem.retry} />}
        {!problem && (loading || geo.loading) && <Loading what={geo.loading ? 'the city locations' : 'the graph'} />}
        {ready && drawn.nodes.length === 0 && <p className="empty">No actor matches these filters.</p>}
        {ready && (
          <GraphCanvas
            drawn={drawn}
            mode={state.layout}
            positions={positions}
            selected={state.selected}
            path={path}
            onTap={select}
            onCy={setCy}
          />
        )}
      </section>
      {state.selected && (
        <DetailsPanel
          key={state.selected}
          id={state.selected}
          expanded={state.expanded.includes(state.selected)}
          pathTo={state.pathTo}
          pathSummary={pathSummary}
          onPick={select}
          onClose={() => select(null)}
          onExpand={() => state.selected && update({ expanded: [...state.expanded, state.selected] })}
          onPathTo={(pathTo) => update({ pathTo })}
        />
      )}
    </div>
  );
}

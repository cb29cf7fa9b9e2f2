// The frame every view shares: its own side panel on the left, the graph
// (filtered as the URL says, with the toolbar, loading and error states) in
// the middle, the selected actor's details on the right. A view adds what it
// highlights and how it colours nodes (and, on an overview, its groups).
// On an overview, groups open on a tap (use-overview.ts).
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type cytoscape from 'cytoscape';
import { ErrorRetry, Loading } from '../ui/QueryState.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import type { ExploreState, ExploreUpdate } from './explore-state.ts';
import { exportCsv, exportJson, exportPng, subset } from './export.ts';
import { exportGephi } from './gephi-export.ts';
import { GraphCanvas, type Highlight } from './GraphCanvas.tsx';
import { GraphToolbar, type ExportFormat } from './GraphToolbar.tsx';
import { geoPlaces, project } from './geo.ts';
import { MapCanvas } from './MapCanvas.tsx';
import { loadCityLocations, useCityLocations, useDrawn } from './use-drawn.ts';
import type { Drawn } from './elements.ts';
import { byMainCountry, type GroupColouringOf } from './group-colours.tsx';
import { OverviewBar } from './OverviewBar.tsx';
import { useOverview } from './use-overview.ts';

interface Props {
  state: ExploreState;
  update: ExploreUpdate;
  /** The view's own panel: lists, filters, search. Receives what is drawn. */
  side: (drawn: Drawn | null) => ReactNode;
  /** What the view highlights; a path asked for in the details panel comes first. */
  highlight?: Highlight | null;
  colors?: ReadonlyMap<string, string> | null;
  /** How the overview's groups are coloured (by what the view is about), with its legend; by main country otherwise. */
  groupColouring?: GroupColouringOf;
  /** The view's own loading or failure (its analysis), shown over the graph. */
  busy?: boolean;
}

export function ViewFrame({ state, update, side, highlight = null, colors = null, groupColouring = byMainCountry, busy = false }: Props) {
  const { drawn, overview, cut, loading, failure, path } = useDrawn(state);
  const geo = useCityLocations(state.layout === 'geo');
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [resets, setResets] = useState(0);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);

  const client = useApolloClient();
  // Until the locations arrive, the map waits rather than flashing the network layout.
  const ready = drawn && (state.layout === 'force' || geo.locations);
  const select = useCallback((id: string | null) => update({ selected: id, pathTo: null }), [update]);
  const { tap, colours, legend, focus } = useOverview({ state, update, select, drawn, overview, colors, groupColouring });
  const pathHighlight = useMemo(() => path && { nodes: path.nodes.map((n) => n.id), edges: path.edges.map((e) => e.id), trace: true }, [path]);
  const labels = new Map(drawn?.nodes.map((n) => [n.id, n.label]));
  const pathSummary =
    path === undefined ? null : path === null ? 'No path within 6 hops.' : `Path: ${path.nodes.map((n) => labels.get(n.id) ?? n.label).join(' → ')}`;

  // The selection to export: what is highlighted, or the selected actor and what it is linked to, or everything drawn.
  const exportIds = useMemo(() => {
    const shown = pathHighlight ?? highlight;
    if (!drawn) return null;
    if (shown) return new Set(shown.nodes);
    if (!state.selected) return null;
    const ids = new Set([state.selected]);
    for (const e of drawn.edges) {
      if (e.source === state.selected) ids.add(e.target);
      if (e.target === state.selected) ids.add(e.source);
    }
    return ids;
  }, [drawn, state.selected, pathHighlight, highlight]);
  const onExport = async (format: ExportFormat) => {
    if (!drawn) return;
    const name = `c2c-${state.selected ? state.selected.replace(/[^a-z0-9-]+/gi, '-') : 'graph'}`;
    if (format === 'png' && cy) void exportPng(cy, state.layout === 'geo' ? (stage.current?.querySelector('canvas.geo-underlay') ?? null) : null, `${name}.png`);
    if (format === 'csv') exportCsv(subset(drawn, exportIds), `${name}.csv`);
    if (format === 'json') exportJson(subset(drawn, exportIds), `${name}.json`);
    if (format === 'gexf' || format === 'graphml') {
      // Where each actor is on screen: the network's layout, or the map's projection of its place.
      try {
        const locations = geo.locations ?? (await loadCityLocations(client));
        const positions = new Map<string, { x: number; y: number }>();
        if (state.layout === 'geo') for (const [id, at] of geoPlaces(drawn, locations).placed) positions.set(id, project(at.lat, at.lon));
        else cy?.nodes().forEach((node) => void positions.set(node.id(), node.position()));
        exportGephi(format, subset(drawn, exportIds), { positions, colors, locations }, name);
        setExportFailure(null);
      } catch (error) {
        setExportFailure(`Could not export ${format.toUpperCase()}: ${(error as Error).message}`);
      }
    }
  };

  const problem = failure ?? geo.failure;
  return (
    <div className={`explore${state.selected ? ' with-details' : ''}`}>
      <aside className="side" aria-label="Search, filters and results">
        {side(drawn)}
      </aside>
      <section className="stage" ref={stage} aria-label="Graph" aria-busy={loading || busy}>
        <GraphToolbar
          cy={cy}
          layout={state.layout}
          onLayout={(layout) => update({ layout })}
          onReset={() => setResets((n) => n + 1)}
          onExport={(format) => void onExport(format)}
          canExport={!!drawn}
          exportScope={exportIds ? 'what is highlighted or selected' : 'everything drawn'}
        />
        {exportFailure && (
          <p className="error cut-note" role="alert">
            {exportFailure}
          </p>
        )}
        <OverviewBar state={state} update={update} overview={overview} drawnActors={drawn?.nodes.length ?? 0} />
        {legend}
        {problem && <ErrorRetry what={problem.what} error={problem} onRetry={problem.retry} />}
        {!problem && (loading || geo.loading) && <Loading what={geo.loading ? 'the city locations' : 'the graph'} />}
        {cut.map(({ id, actors, links }) => (
          <p key={id} className="muted cut-note" role="status">
            Around {labels.get(id) ?? id}: showing{' '}
            {[
              actors && `the nearest ${actors.shown.toLocaleString('en')} of ${actors.total === null ? 'more' : actors.total.toLocaleString('en')} actors`,
              links && `the strongest ${links.shown.toLocaleString('en')} of ${links.total.toLocaleString('en')} links`,
            ]
              .filter(Boolean)
              .join(' and ')}
            .
          </p>
        ))}
        {ready && drawn.nodes.length === 0 && !drawn.groups?.length && <p className="empty">No actor matches these filters.</p>}
        {ready && state.layout === 'geo' && geo.locations && (
          <MapCanvas
            drawn={drawn}
            locations={geo.locations}
            resets={resets}
            selected={state.selected}
            highlight={pathHighlight ?? highlight}
            colors={colours}
            colouring={state.mapColour}
            onColouring={(mapColour) => update({ mapColour })}
            onTap={tap}
            onCy={setCy}
          />
        )}
        {ready && state.layout === 'force' && (
          <GraphCanvas
            drawn={drawn}
            resets={resets}
            selected={state.selected}
            highlight={pathHighlight ?? highlight ?? focus}
            colors={colours}
            onTap={tap}
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

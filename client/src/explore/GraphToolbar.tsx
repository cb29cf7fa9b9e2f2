// Fit, zoom, reset, the layout, and the downloads.
import type cytoscape from 'cytoscape';
import type { LayoutMode } from './explore-state.ts';
import type { GephiFormat } from './gephi-export.ts';

export type ExportFormat = 'png' | 'csv' | 'json' | GephiFormat;

interface Props {
  cy: cytoscape.Core | null;
  layout: LayoutMode;
  onLayout: (mode: LayoutMode) => void;
  onReset: () => void;
  onExport: (format: ExportFormat) => void;
  exportScope: string;
  /** False until there is a graph to export. */
  canExport: boolean;
}

export function GraphToolbar({ cy, layout, onLayout, onReset, onExport, exportScope, canExport }: Props) {
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph">
      <div className="group" role="radiogroup" aria-label="Layout">
        {(['force', 'geo'] as const).map((mode) => (
          <button key={mode} type="button" role="radio" aria-checked={layout === mode} onClick={() => onLayout(mode)}>
            {mode === 'force' ? 'Network' : 'Map'}
          </button>
        ))}
      </div>
      <div className="group">
        <button type="button" onClick={() => cy?.fit(undefined, 30)} disabled={!cy} title="Fit the graph to the window">
          Fit
        </button>
        <button type="button" onClick={() => zoomBy(1.25)} disabled={!cy} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} disabled={!cy} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={onReset} disabled={!cy} title="Lay the graph out again and fit it">
          Reset
        </button>
      </div>
      <div className="group" aria-label="Export">
        <button type="button" onClick={() => onExport('png')} disabled={!cy}>
          PNG
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={!canExport} title={`Actors: ${exportScope}`}>
          CSV
        </button>
        <button type="button" onClick={() => onExport('json')} disabled={!canExport} title={`Actors and links: ${exportScope}`}>
          JSON
        </button>
        <button type="button" onClick={() => onExport('gexf')} disabled={!canExport} title={`For Gephi, actors with their attributes and weighted links: ${exportScope}`}>
          GEXF
        </button>
        <button type="button" onClick={() => onExport('graphml')} disabled={!canExport} title={`For Gephi, yEd, networkx: actors with their attributes and weighted links: ${exportScope}`}>
          GraphML
        </button>
      </div>
    </div>
  );
}

// The Cytoscape canvas: draws what it is given, lays it out with fCoSE or by
// geography (over country outlines), marks the selection and what a view
// highlights (a path, a triangle, a cluster), colours nodes as a view asks
// (clusters), and reports taps. It owns no application state: that is in the URL.
import { useEffect, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements, type Drawn } from './elements.ts';
import { drawOutlines, type Point } from './geo.ts';
import { stylesheet } from './graph-style.ts';
import type { LayoutMode } from './explore-state.ts';

cytoscape.use(fcose);

export function runLayout(cy: cytoscape.Core, mode: LayoutMode, positions: ReadonlyMap<string, Point> | null): void {
  if (cy.nodes().empty()) return;
  const options =
    mode === 'geo' && positions
      ? { name: 'preset', positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 }, fit: true, padding: 30 }
      : // 'proof' untangles hubs best and costs little on the curated graph; on
        // imported graphs of thousands of actors it would hold the page for
        // seconds, so quality drops with size.
        {
          name: 'fcose',
          quality: cy.nodes().length > 3000 ? 'draft' : cy.nodes().length > 600 ? 'default' : 'proof',
          randomize: true,
          animate: false,
          fit: true,
          padding: 30,
          nodeRepulsion: 6500,
          idealEdgeLength: 70,
        };
  cy.layout(options as cytoscape.LayoutOptions).run();
}

export interface Highlight {
  nodes: readonly string[];
  /** The edges to highlight; when left out, every drawn edge between highlighted nodes. */
  edges?: readonly string[];
  /** Draw the links in red, for a route to follow (a path, a triangle); otherwise they keep their style. */
  trace?: boolean;
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const inside = (inner: Box, outer: Box) => inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;

interface Props {
  drawn: Drawn;
  mode: LayoutMode;
  positions: ReadonlyMap<string, Point> | null;
  selected: string | null;
  /** What to bring forward, the rest faded: a path, a triangle, a cluster. */
  highlight: Highlight | null;
  /** Node colours a view sets (by cluster, by support level); the kind's colour otherwise. */
  colors?: ReadonlyMap<string, string> | null;
  onTap: (id: string | null) => void;
  onCy: (cy: cytoscape.Core | null) => void;
}

export function GraphCanvas({ drawn, mode, positions, selected, highlight, colors, onTap, onCy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const underlay = useRef<HTMLCanvasElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [highlighted, setHighlighted] = useState('');
  const tap = useRef(onTap);
  tap.current = onTap;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: stylesheet(), maxZoom: 6, minZoom: 0.05 });
    instance.on('tap', (event) => tap.current(event.target === instance ? null : event.target.isNode() ? event.target.id() : null));
    setCy(instance);
    onCy(instance);
    return () => {
      onCy(null);
      instance.destroy();
    };
    // One Cytoscape instance for the life of the canvas.
  }, [onCy]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(drawn));
    });
    runLayout(cy, mode, positions);
  }, [cy, drawn, mode, positions]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('selected highlighted traced faded');
      if (selected) cy.getElementById(selected).addClass('selected');
      if (highlight) {
        const nodes = cy.collection();
        for (const id of highlight.nodes) nodes.merge(cy.getElementById(id));
        const edges = highlight.edges ? cy.collection() : nodes.edgesWith(nodes);
        for (const id of highlight.edges ?? []) edges.merge(cy.getElementById(id));
        nodes.union(edges).addClass(highlight.trace ? 'highlighted traced' : 'highlighted');
        cy.elements().not(nodes.union(edges)).addClass('faded');
      }
    });
    // Bring what the user asked for into view: what is highlighted, or the actor picked.
    const focus = highlight?.nodes.length ? cy.elements('.highlighted') : selected ? cy.getElementById(selected) : cy.collection();
    if (highlight?.nodes.length && focus.nonempty()) {
      cy.fit(focus, 80);
      cy.zoom(Math.min(cy.zoom(), 1.4));
      cy.center(focus);
    } else if (focus.nonempty() && !inside(focus.boundingBox(), cy.extent())) cy.center(focus);
    // What the graph highlights, for people reading the page with a screen reader (and the tests).
    setHighlighted(cy.nodes('.highlighted').map((n) => n.id()).join(' '));
  }, [cy, drawn, selected, highlight]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeData('color');
      for (const [id, color] of colors ?? []) cy.getElementById(id).data('color', color);
    });
  }, [cy, drawn, colors]);

  useEffect(() => {
    const canvas = underlay.current;
    if (!cy || !canvas) return;
    const draw = () => (mode === 'geo' ? drawOutlines(canvas, cy.pan(), cy.zoom()) : canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height));
    draw();
    cy.on('viewport resize', draw);
    return () => {
      cy.off('viewport resize', draw);
    };
  }, [cy, mode]);

  return (
    <div className="graph-stage">
      <canvas ref={underlay} className="geo-underlay" aria-hidden="true" data-testid="geo-underlay" />
      <div
        ref={container}
        className="graph"
        data-testid="cooperation-graph"
        data-nodes={drawn.nodes.length}
        data-edges={drawn.edges.length}
        data-highlighted={highlighted}
        role="img"
        aria-label={`Cooperation graph: ${drawn.nodes.length} actors and ${drawn.edges.length} links${mode === 'geo' ? ', placed by geography' : ''}`}
      />
    </div>
  );
}

// The Cytoscape canvas: draws what it is given, lays it out with fCoSE or by
// geography (over country outlines), marks the selection and the path, and
// reports taps. It owns no application state: that is in the URL.
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
      : // quality 'proof' costs little at this size and untangles the hubs better.
        { name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 30, nodeRepulsion: 6500, idealEdgeLength: 70 };
  cy.layout(options as cytoscape.LayoutOptions).run();
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const inside = (inner: Box, outer: Box) => inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;

interface Props {
  drawn: Drawn;
  mode: LayoutMode;
  positions: ReadonlyMap<string, Point> | null;
  selected: string | null;
  path: Drawn | null | undefined;
  onTap: (id: string | null) => void;
  onCy: (cy: cytoscape.Core | null) => void;
}

export function GraphCanvas({ drawn, mode, positions, selected, path, onTap, onCy }: Props) {
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
      cy.elements().removeClass('selected path faded');
      if (selected) cy.getElementById(selected).addClass('selected');
      if (path) {
        const onPath = cy.collection();
        for (const node of path.nodes) onPath.merge(cy.getElementById(node.id));
        for (const edge of path.edges) onPath.merge(cy.getElementById(edge.id));
        onPath.addClass('path');
        cy.elements().not(onPath).addClass('faded');
      }
    });
    // Bring what the user asked for into view: a path found, or the actor picked (at a readable zoom).
    const focus = path?.nodes.length ? cy.elements('.path') : selected ? cy.getElementById(selected) : cy.collection();
    if (path?.nodes.length) {
      cy.fit(focus, 80);
      cy.zoom(Math.min(cy.zoom(), 1.4));
      cy.center(focus);
    } else if (focus.nonempty() && !inside(focus.boundingBox(), cy.extent())) cy.center(focus);
    // What the graph shows as the path, for people reading the page with a screen reader (and the tests).
    setHighlighted(cy.nodes('.path').map((n) => n.id()).join(' '));
  }, [cy, drawn, selected, path]);

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
        data-path={highlighted}
        role="img"
        aria-label={`Cooperation graph: ${drawn.nodes.length} actors and ${drawn.edges.length} links${mode === 'geo' ? ', placed by geography' : ''}`}
      />
    </div>
  );
}

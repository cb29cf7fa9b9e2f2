// The cooperation graph: actors and partnerships as nodes, participation as
// edges, laid out with fCoSE. Styling says what a thing is at a glance.
import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { OverviewQuery } from './generated/operations.ts';

cytoscape.use(fcose);

export const KIND_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  CITY: { color: '#2b7bb9', shape: 'ellipse', label: 'City' },
  ASSOCIATION: { color: '#e07b39', shape: 'round-rectangle', label: 'Association' },
  NETWORK: { color: '#3a9d5d', shape: 'hexagon', label: 'Network' },
  DONOR: { color: '#c0392b', shape: 'star', label: 'Donor' },
  PROGRAMME: { color: '#8e44ad', shape: 'triangle', label: 'Programme' },
  PARTNERSHIP: { color: '#7f8c8d', shape: 'diamond', label: 'Partnership' },
};

function elements(data: OverviewQuery): cytoscape.ElementDefinition[] {
  const nodes = new Map<string, cytoscape.ElementDefinition>();
  const edges: cytoscape.ElementDefinition[] = [];
  for (const { node: p } of data.partnerships.edges) {
    nodes.set(p.id, { data: { id: p.id, label: p.title, kind: 'PARTNERSHIP' } });
    for (const { actor, role } of p.participants) {
      nodes.set(actor.id, { data: { id: actor.id, label: actor.name, kind: actor.kind } });
      edges.push({ data: { id: `${actor.id}->${p.id}`, source: actor.id, target: p.id, role } });
    }
  }
  return [...nodes.values(), ...edges];
}

export function CooperationGraph({ data }: { data: OverviewQuery }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: elements(data),
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n: cytoscape.NodeSingular) => KIND_STYLE[n.data('kind')]?.color ?? '#999',
            shape: (n: cytoscape.NodeSingular) => KIND_STYLE[n.data('kind')]?.shape ?? 'ellipse',
            label: 'data(label)',
            'font-size': 8,
            'text-valign': 'bottom',
            'text-margin-y': 2,
            width: 'mapData(degree, 1, 10, 10, 30)',
            height: 'mapData(degree, 1, 10, 10, 30)',
          },
        },
        { selector: 'node[kind = "PARTNERSHIP"]', style: { label: '', width: 8, height: 8 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'curve-style': 'haystack' } },
        { selector: 'edge[role = "FACILITATOR"]', style: { 'line-style': 'dashed' } },
      ],
      layout: { name: 'preset' },
    });
    cy.nodes().forEach((n) => {
      n.data('degree', n.degree(false));
    });
    cy.layout({ name: 'fcose', randomize: true, animate: false, quality: 'default' } as cytoscape.LayoutOptions).run();
    return () => cy.destroy();
  }, [data]);
  return <div ref={container} className="graph" data-testid="cooperation-graph" />;
}

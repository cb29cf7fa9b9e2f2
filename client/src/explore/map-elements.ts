// A map view (map-clusters.ts) as Cytoscape elements: placed at `scale` times
// their base coordinates (map-viewport.ts keeps Cytoscape's own zoom near 1),
// with sizes in pixels, so discs and lines keep their size on screen as the
// map zooms.
import type cytoscape from 'cytoscape';
import { project, type Point } from './geo.ts';
import { EDGE_STYLE } from './graph-style.ts';
import { SLICES, type MapView } from './map-clusters.ts';

const scaled = ({ x, y }: Point, scale: number) => ({ x: x * scale, y: y * scale });

/** Above this many actors on screen, single actors are not named (the map names the selected ones): their names would cover each other. */
const NAMED_AT_MOST = 250;

export function mapElements(view: MapView, scale: number): cytoscape.ElementDefinition[] {
  const nameAll = view.nodes.length <= NAMED_AT_MOST;
  const nodes = view.nodes.map((node) => {
    const cluster = node.clusterId !== null;
    const slices = Object.fromEntries(
      Array.from({ length: SLICES }, (_, i) => [
        [`c${i + 1}`, node.pie[i]?.colour ?? '#000000'],
        [`p${i + 1}`, (node.pie[i]?.share ?? 0) * 100],
      ]).flat(),
    );
    return {
      group: 'nodes' as const,
      data: {
        id: node.id,
        count: node.count,
        cluster,
        // What a tap splits (MapCanvas).
        clusterId: node.clusterId,
        label: cluster || nameAll ? node.label : '',
        name: node.label,
        size: cluster ? Math.min(70, 14 + 6 * Math.log2(node.count)) : 9,
        ...slices,
      },
      position: scaled(project(node.lat, node.lon), scale),
    };
  });
  const edges = view.edges.map((edge) => ({
    group: 'edges' as const,
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      weight: edge.weight,
      width: Math.min(10, 0.6 + 1.2 * Math.log2(1 + edge.weight)),
      opacity: Math.min(0.9, 0.3 + 0.12 * Math.log2(edge.weight)),
      colour: EDGE_STYLE[edge.type]?.color ?? '#4a5a6a',
    },
  }));
  return [...nodes, ...edges];
}

// What is drawn as a graph for Gephi and the other desktop tools: GEXF
// (graphology-gexf's writer) and GraphML (graphml.ts). Each actor carries its
// kind, country, region, cluster, support level and, for placed cities, its
// latitude and longitude, with its position and colour on screen; parallel
// links of one type between the same two actors become one edge whose weight
// counts them (what Gephi sizes and weighs edges by), naming the
// partnerships it stands for.
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import { pairKey, type Drawn } from './elements.ts';
import { download } from './export.ts';
import { EDGE_STYLE, KIND_STYLE } from './graph-style.ts';
import { writeGraphml } from './graphml.ts';

export type GephiFormat = 'gexf' | 'graphml';

/** What the screen adds to the drawn graph: where each actor is and its colour, and where cities are on Earth. */
export interface OnScreen {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  colors: ReadonlyMap<string, string> | null;
  locations: ReadonlyMap<string, { lat: number; lon: number }> | null;
}

/** Attributes with a value: GEXF and GraphML have no null, and an attribute left out is one the data does not give. */
function known(attributes: Record<string, string | number | null | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null && v !== undefined)) as Record<string, string | number>;
}

/**
 * The drawn graph as a graphology graph: partnerships undirected, the other
 * relationships directed (member to network, donor to what it funds...); one
 * edge per type between two actors (a city may be a member of a network and
 * its partner too, hence a multigraph).
 */
export function gephiGraph(drawn: Drawn, screen: OnScreen): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const node of drawn.nodes) {
    const at = screen.positions.get(node.id);
    const place = screen.locations?.get(node.id);
    graph.addNode(
      node.id,
      known({
        label: node.label,
        kind: node.kind,
        country: node.country,
        region: node.region,
        cluster: node.cluster,
        supportLevel: node.supportLevel,
        latitude: place?.lat,
        longitude: place?.lon,
        x: at?.x,
        // Gephi's y axis points up, the screen's down.
        y: at === undefined ? undefined : -at.y,
        color: screen.colors?.get(node.id) ?? KIND_STYLE[node.kind].color,
      }),
    );
  }
  for (const edge of drawn.edges) {
    const directed = EDGE_STYLE[edge.type]?.arrow ?? true;
    const [source, target] = directed || edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = pairKey(edge);
    // Drawn edges are one per type and pair already, with the relationships and partnerships they stand for (elements.ts).
    const attributes = known({ type: edge.type, weight: edge.weight, partnerships: (edge.partnershipIds ?? []).join(' ') });
    if (directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

function gexf(graph: Graph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, { label, x, y, color, ...attributes }) => ({
      label,
      attributes,
      viz: { x, y, color, size: 4 + Math.sqrt(graph.degree(_key)) * 2 },
    }),
    formatEdge: (_key, { weight, ...attributes }) => ({ weight, attributes }),
  });
}

export function exportGephi(format: GephiFormat, drawn: Drawn, screen: OnScreen, name: string): void {
  const graph = gephiGraph(drawn, screen);
  const text = format === 'gexf' ? gexf(graph) : writeGraphml(graph);
  download(`${name}.${format}`, new Blob([text], { type: format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml' }));
}

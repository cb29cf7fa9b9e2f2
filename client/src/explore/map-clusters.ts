// The map at a zoom level: the placed actors clustered by proximity
// (supercluster, in Web Mercator at its own zoom levels: geo.ts), each
// cluster with its count and what its members are made of (shares of
// colour), and the links between actors gathered into one weighted link per
// pair of clusters. A level is computed once per data and kept: zooming back
// costs nothing. What is on screen is the part of a level in the viewport,
// with its strongest links.
import Supercluster from 'supercluster';
import type { Drawn } from './elements.ts';
import type { Place } from './geo.ts';

/** supercluster's last clustering level; at the next one every actor stands alone. */
export const MAX_CLUSTER_ZOOM = 12;
export const SINGLE_ZOOM = MAX_CLUSTER_ZOOM + 1;

/** Slices of a cluster's disc: its largest colours, the rest as one grey slice. */
export const SLICES = 4;
const REST = '#b0b8c0';

export interface MapNode {
  /** The actor's id for a single actor; `cluster:<z>:<n>` for a cluster. */
  id: string;
  lat: number;
  lon: number;
  /** Actors it stands for. */
  count: number;
  label: string;
  /** supercluster's id of a cluster (to split it), null for a single actor. */
  clusterId: number | null;
  /** The colours of its members, largest share first, at most SLICES (the last may be the grey rest); shares add up to 1. */
  pie: { colour: string; share: number }[];
}

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  /** How many links between the actors of its two ends it stands for. */
  weight: number;
  /** The relationship type most of them are (PARTNERSHIP, MEMBER_OF...). */
  type: string;
}

interface Level {
  nodes: Map<string, MapNode>;
  /** The map node each placed actor is in. */
  nodeOf: Map<string, string>;
  /** Heaviest first. */
  edges: MapEdge[];
}

/** What the viewport shows of a level. */
export interface MapView {
  zoom: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Links between map nodes of the viewport, before keeping the strongest `maxEdges`. */
  linksInView: number;
  /** The map node each placed actor is in (to find the selected or highlighted actors). */
  nodeOf: ReadonlyMap<string, string>;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

type Props = { id: string; colour: string };

function pieOf(colours: Iterable<string>): MapNode['pie'] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const colour of colours) {
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
    total++;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const kept = ranked.length > SLICES ? ranked.slice(0, SLICES - 1) : ranked;
  const rest = ranked.slice(kept.length).reduce((sum, [, n]) => sum + n, 0);
  return [...kept.map(([colour, n]) => ({ colour, share: n / total })), ...(rest ? [{ colour: REST, share: rest / total }] : [])];
}

const inside = ([west, south, east, north]: Bounds, node: MapNode) => node.lon >= west && node.lon <= east && node.lat >= south && node.lat <= north;

export class MapClusters {
  private readonly index: Supercluster<Props>;
  private readonly levels = new Map<number, Level>();
  private readonly labels: Map<string, string>;

  constructor(
    private readonly drawn: Drawn,
    private readonly placed: ReadonlyMap<string, Place>,
    private readonly colourOf: ReadonlyMap<string, string>,
  ) {
    // 50 px: a disc with its count reads at that spacing without covering its neighbours.
    this.index = new Supercluster<Props>({ radius: 50, maxZoom: MAX_CLUSTER_ZOOM, minPoints: 2 });
    this.labels = new Map(drawn.nodes.map((n) => [n.id, n.label]));
    this.index.load(
      [...placed].map(([id, at]) => ({
        type: 'Feature' as const,
        properties: { id, colour: colourOf.get(id) ?? REST },
        geometry: { type: 'Point' as const, coordinates: [at.lon, at.lat] },
      })),
    );
  }

  /** The integer zoom level at which a cluster splits into several (supercluster's, the map's zoom as log2 of Cytoscape's). */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  private level(zoom: number): Level {
    const cached = this.levels.get(zoom);
    if (cached) return cached;
    const nodes = new Map<string, MapNode>();
    const nodeOf = new Map<string, string>();
    for (const feature of this.index.getClusters([-180, -90, 180, 90], zoom)) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const id = `cluster:${zoom}:${properties.cluster_id}`;
        const leaves = this.index.getLeaves(properties.cluster_id, Infinity);
        for (const leaf of leaves) nodeOf.set(leaf.properties.id, id);
        nodes.set(id, {
          id,
          lat,
          lon,
          count: properties.point_count,
          label: properties.point_count.toLocaleString('en'),
          clusterId: properties.cluster_id,
          pie: pieOf(leaves.map((leaf) => leaf.properties.colour)),
        });
      } else {
        const { id, colour } = properties as Props;
        nodeOf.set(id, id);
        nodes.set(id, { id, lat, lon, count: 1, label: this.labels.get(id) ?? id, clusterId: null, pie: [{ colour, share: 1 }] });
      }
    }
    const pairs = new Map<string, { source: string; target: string; weight: number; types: Map<string, number> }>();
    for (const edge of this.drawn.edges) {
      const a = nodeOf.get(edge.source);
      const b = nodeOf.get(edge.target);
      // Links inside one cluster are in its count; links to actors off the map are not drawn on it.
      if (!a || !b || a === b) continue;
      const [source, target] = a < b ? [a, b] : [b, a];
      const key = `${source}|${target}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { source, target, weight: 0, types: new Map() }));
      // An edge may stand for several parallel relationships (elements.ts): each counts.
      pair.weight += edge.weight;
      pair.types.set(edge.type, (pair.types.get(edge.type) ?? 0) + edge.weight);
    }
    const edges = [...pairs].map(([key, { source, target, weight, types }]) => ({
      id: `link:${key}`,
      source,
      target,
      weight,
      type: [...types].sort((x, y) => y[1] - x[1])[0]![0],
    }));
    edges.sort((x, y) => y.weight - x.weight);
    const level = { nodes, nodeOf, edges };
    this.levels.set(zoom, level);
    return level;
  }

  /**
   * The map nodes in `bounds` at `zoom`, and up to `maxEdges` of the
   * heaviest links with an end among them (with the map node at their other
   * end, so that a link leaving the screen shows where it goes).
   */
  view(zoom: number, bounds: Bounds, maxEdges: number): MapView {
    const level = this.level(Math.max(0, Math.min(SINGLE_ZOOM, zoom)));
    const shown = new Map<string, MapNode>();
    for (const node of level.nodes.values()) if (inside(bounds, node)) shown.set(node.id, node);
    const edges: MapEdge[] = [];
    let linksInView = 0;
    for (const edge of level.edges) {
      if (!shown.has(edge.source) && !shown.has(edge.target)) continue;
      linksInView++;
      if (edges.length < maxEdges) edges.push(edge);
    }
    const nodes = new Map(shown);
    for (const edge of edges) {
      for (const end of [edge.source, edge.target]) if (!nodes.has(end)) nodes.set(end, level.nodes.get(end)!);
    }
    return { zoom, nodes: [...nodes.values()], edges, linksInView, nodeOf: level.nodeOf };
  }
}

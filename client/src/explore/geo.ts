// The geographic layout: Web Mercator, the projection supercluster clusters
// in (map-clusters.ts), so that its radius in pixels is a radius on screen;
// where actors are (cities at their location, other actors among the
// partners that place them); and country outlines (world-atlas, Natural Earth
// 1:110m) drawn on a canvas under the map with its pan and zoom.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import type { Drawn } from './elements.ts';

/**
 * The world's width in model units: 512, supercluster's tile extent, so that
 * at Cytoscape zoom 2^z the map is drawn as supercluster's zoom z.
 */
export const WORLD = 512;

/** Web Mercator's limit: beyond it the poles stretch to infinity. */
const MAX_LAT = 85.0511;

export interface Point {
  x: number;
  y: number;
}

export interface Place {
  lat: number;
  lon: number;
}

export function project(lat: number, lon: number): Point {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return { x: (lon / 360 + 0.5) * WORLD, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD };
}

/** The inverse of `project`: the place at a point of the map. */
export function unproject({ x, y }: Point): Place {
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  return { lat: (180 / Math.PI) * Math.atan(Math.sinh(n)), lon: (x / WORLD) * 360 - 180 };
}

/**
 * Where each drawn actor is: cities at their location; other actors (and
 * cities GeoNames could not place) at the mean of their placed neighbours, so
 * that a national association sits in its country. The rest are `unplaced`:
 * listed beside the map, since any spot on it would say something false.
 */
export function geoPlaces(drawn: Drawn, locations: ReadonlyMap<string, Place>): { placed: Map<string, Place>; unplaced: string[] } {
  const placed = new Map<string, Place>();
  for (const node of drawn.nodes) {
    const at = locations.get(node.id);
    if (at) placed.set(node.id, at);
  }
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  const add = (id: string, other: string) => {
    const at = placed.get(other);
    if (!at || locations.has(id)) return;
    const sum = sums.get(id) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += at.lat;
    sum.lon += at.lon;
    sum.n += 1;
    sums.set(id, sum);
  };
  for (const edge of drawn.edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  const unplaced: string[] = [];
  for (const node of drawn.nodes) {
    if (placed.has(node.id)) continue;
    const sum = sums.get(node.id);
    if (sum) placed.set(node.id, { lat: sum.lat / sum.n, lon: sum.lon / sum.n });
    else unplaced.push(node.id);
  }
  return { placed, unplaced };
}

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
// Antarctica (ISO 3166 numeric 010) is left out: no city is there, and
// Mercator would draw it as wide as the world.
const outlines: Position[][][] = feature(topology, topology.objects.countries).features.flatMap((country) => {
  if (country.id === '010') return [];
  const geometry = country.geometry as Polygon | MultiPolygon | null;
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
});

/** Draws the country outlines for a viewport (Cytoscape's pan and zoom). */
export function drawOutlines(canvas: HTMLCanvasElement, pan: Point, zoom: number): void {
  const ratio = window.devicePixelRatio || 1;
  const { clientWidth: width, clientHeight: height } = canvas;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.fillStyle = '#eef2f5';
  context.strokeStyle = '#b8c4cf';
  context.lineWidth = 0.7;
  context.beginPath();
  for (const polygon of outlines) {
    for (const ring of polygon) {
      ring.forEach(([lon, lat], i) => {
        const p = project(lat!, lon!);
        const x = p.x * zoom + pan.x;
        const y = p.y * zoom + pan.y;
        // Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180: lift the pen rather than draw across the world.
        const jump = i > 0 && Math.abs(lon! - ring[i - 1]![0]!) > 180;
        if (i === 0 || jump) context.moveTo(x, y);
        else context.lineTo(x, y);
      });
      context.closePath();
    }
  }
  context.fill('evenodd');
  context.stroke();
}

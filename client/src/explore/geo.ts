// The geographic layout: an equirectangular projection of longitude and
// latitude to Cytoscape's model coordinates, node positions from city
// locations, and country outlines (world-atlas, Natural Earth 1:110m) drawn
// on a canvas under the graph with the graph's pan and zoom.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';
import type { Drawn } from './elements.ts';

/** Model units per degree. */
const SCALE = 8;

export interface Point {
  x: number;
  y: number;
}

export function project(lat: number, lon: number): Point {
  return { x: (lon + 180) * SCALE, y: (90 - lat) * SCALE };
}

/**
 * Positions for every drawn node: cities at their location; other actors
 * (and cities GeoNames could not place) at the mean of their placed
 * neighbours, so a national association sits in its country; the rest in a
 * row under the map, where they are visibly "nowhere".
 */
export function geoPositions(drawn: Drawn, locations: ReadonlyMap<string, { lat: number; lon: number }>): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const node of drawn.nodes) {
    const at = locations.get(node.id);
    if (at) positions.set(node.id, project(at.lat, at.lon));
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of drawn.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const unplaced: string[] = [];
  for (const node of drawn.nodes) {
    if (positions.has(node.id)) continue;
    const placed = (neighbours.get(node.id) ?? []).map((id) => positions.get(id)).filter((p): p is Point => !!p);
    if (placed.length) {
      positions.set(node.id, {
        x: placed.reduce((sum, p) => sum + p.x, 0) / placed.length,
        y: placed.reduce((sum, p) => sum + p.y, 0) / placed.length,
      });
    } else unplaced.push(node.id);
  }
  const below = project(-62, 0).y;
  const step = (360 * SCALE) / Math.max(unplaced.length + 1, 2);
  unplaced.forEach((id, i) => positions.set(id, { x: step * (i + 1), y: below }));
  return positions;
}

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
// Antarctica (ISO 3166 numeric 010) is left out: no city is there, and the
// row of actors without a place goes where it would be.
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

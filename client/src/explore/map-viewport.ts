// The map's viewport: its zoom, held apart from Cytoscape's (MapViewport),
// what it shows in places, and how to bring a box of the map into view.
import type cytoscape from 'cytoscape';
import { unproject, type Point } from './geo.ts';
import { SINGLE_ZOOM, type Bounds } from './map-clusters.ts';

/** The map's zoom: from the world on half of 512 pixels to a level past the last clustering one. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 2 ** (SINGLE_ZOOM + 2);

/** The clustering level for the map's zoom. */
export const levelOf = (zoom: number) => Math.max(0, Math.min(SINGLE_ZOOM, Math.round(Math.log2(zoom))));

export type Box = { x1: number; y1: number; x2: number; y2: number };

export function boxOf(points: Iterable<Point>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of points) {
    box = box ? { x1: Math.min(box.x1, x), y1: Math.min(box.y1, y), x2: Math.max(box.x2, x), y2: Math.max(box.y2, y) } : { x1: x, y1: y, x2: x, y2: y };
  }
  return box;
}

/**
 * How the map's zoom is held. The world is WORLD (512) units wide at zoom 1,
 * supercluster's zoom 0 (geo.ts), so the map's zoom z is the clustering
 * level log2(zoom). Cytoscape is kept near zoom 1 whatever the map's zoom:
 * the elements of level z are placed at 2^z times their base coordinates
 * (the `scale`), and Cytoscape's zoom is the map's divided by it. Its
 * element textures are cached near zoom 1 only; at 2^8 every label and pie
 * was drawn anew each frame (400 ms frames for 600 discs).
 */
export class MapViewport {
  scale = 1;
  constructor(private readonly cy: cytoscape.Core) {}

  /** The map's zoom: the world is 512 × zoom pixels wide. */
  get zoom(): number {
    return this.cy.zoom() * this.scale;
  }

  get level(): number {
    return levelOf(this.zoom);
  }

  /** Changes the scale of the model, keeping what is on screen where it is (the caller puts the elements at the new scale). */
  rescale(level: number): void {
    const [zoom, pan] = [this.zoom, { ...this.cy.pan() }];
    const [min, max] = [MIN_ZOOM / 2 ** level, MAX_ZOOM / 2 ** level];
    this.scale = 2 ** level;
    // Cytoscape keeps its zoom within its limits, and each limit on its side of the other: widen them, move, then narrow them.
    this.cy.minZoom(Math.min(min, this.cy.minZoom()));
    this.cy.maxZoom(Math.max(max, this.cy.maxZoom()));
    this.cy.viewport({ zoom: zoom / this.scale, pan });
    this.cy.minZoom(min);
    this.cy.maxZoom(max);
  }

  /** What is on screen, in base units (geo.ts's `project`). */
  extent(): Box & { w: number; h: number } {
    const { x1, y1, x2, y2, w, h } = this.cy.extent();
    const k = this.scale;
    return { x1: x1 / k, y1: y1 / k, x2: x2 / k, y2: y2 / k, w: w / k, h: h / k };
  }

  /** Shows `box` (base units) whole, no closer than the map's zoom `closest`. */
  fit(box: Box, closest: number, padding = 40): void {
    const [width, height] = [this.cy.width(), this.cy.height()];
    const fitting = Math.min((width - 2 * padding) / Math.max(box.x2 - box.x1, 1e-9), (height - 2 * padding) / Math.max(box.y2 - box.y1, 1e-9));
    const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, closest, fitting));
    const pan = { x: width / 2 - ((box.x1 + box.x2) / 2) * zoom, y: height / 2 - ((box.y1 + box.y2) / 2) * zoom };
    this.cy.viewport({ zoom: zoom / this.scale, pan });
  }

  /** Zooms to the map's zoom `zoom` centred on a point of the model. */
  zoomTo(zoom: number, at: Point): void {
    this.cy.zoom(Math.min(MAX_ZOOM, zoom) / this.scale);
    this.cy.pan({ x: this.cy.width() / 2 - at.x * this.cy.zoom(), y: this.cy.height() / 2 - at.y * this.cy.zoom() });
  }

  /** The places the viewport covers, and as much again on each side (so that a short pan needs no new view). */
  boundsAround(): Bounds {
    const { x1, y1, x2, y2, w, h } = this.extent();
    const northWest = unproject({ x: x1 - w, y: y1 - h });
    const southEast = unproject({ x: x2 + w, y: y2 + h });
    return [Math.max(-180, northWest.lon), Math.max(-90, southEast.lat), Math.min(180, southEast.lon), Math.min(90, northWest.lat)];
  }

  /** Whether `bounds` holds all that is on screen. */
  within([west, south, east, north]: Bounds): boolean {
    const { x1, y1, x2, y2 } = this.extent();
    const [a, b] = [unproject({ x: x1, y: y1 }), unproject({ x: x2, y: y2 })];
    return (a.lon >= west || west <= -180) && (b.lon <= east || east >= 180) && (b.lat >= south || south <= -90) && (a.lat <= north || north >= 90);
  }
}


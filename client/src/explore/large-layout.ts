// The network layout of graphs too large for fCoSE, which holds the page for
// seconds on a thousand actors and for minutes on tens of thousands. In two
// steps, so that the graph is on screen and usable at once:
// 1. at once, actors packed in circles by Louvain cluster (the graph view's
//    `cluster`; graphology-layout's circlepack), which already shows the
//    communities;
// 2. then ForceAtlas2 in a web worker (force-atlas.worker.ts), started from
//    that packing, whose positions replace it when they arrive. Actors
//    without links are left out of it (nothing holds them, so it flings them
//    into a ring far out) and lined up in a grid below the rest.
// The links are given apart (`links`): GraphCanvas adds them to the graph
// only once ForceAtlas2 has placed the actors.
import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import seedrandom from 'seedrandom';
import type cytoscape from 'cytoscape';
import type { ForceAtlasAnswer, ForceAtlasRequest } from './force-atlas.worker.ts';

/** Above this many actors, the network layout is this one instead of fCoSE. */
export const LARGE_GRAPH = 600;

type Positions = Map<string, { x: number; y: number }>;

/** Scales positions so that each actor has about `room` pixels each way, whatever the layout's own units. */
function spread(ids: readonly string[], xs: ArrayLike<number>, ys: ArrayLike<number>, room = 45): Positions {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ids.length; i++) {
    x1 = Math.min(x1, xs[i]!);
    x2 = Math.max(x2, xs[i]!);
    y1 = Math.min(y1, ys[i]!);
    y2 = Math.max(y2, ys[i]!);
  }
  const scale = Math.sqrt((ids.length * room * room) / Math.max(1, (x2 - x1) * (y2 - y1)));
  return new Map(ids.map((id, i) => [id, { x: (xs[i]! - x1) * scale, y: (ys[i]! - y1) * scale }]));
}

/** Adds `ids` in rows under the positions given, as wide as they are. */
function withGrid(positions: Positions, ids: readonly string[], room = 30): Positions {
  const xs = [...positions.values()].map((p) => p.x);
  const [left, right] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, room * 40];
  const bottom = Math.max(0, ...[...positions.values()].map((p) => p.y)) + 3 * room;
  const perRow = Math.max(1, Math.floor((right - left) / room));
  ids.forEach((id, i) => positions.set(id, { x: left + (i % perRow) * room, y: bottom + Math.floor(i / perRow) * room }));
  return positions;
}

function place(cy: cytoscape.Core, positions: Positions, fit: boolean): void {
  cy.layout({ name: 'preset', positions: Object.fromEntries(positions), fit: false, animate: false }).run();
  // Fitted to the actors alone: straight links between them add nothing to
  // their bounds, and the layout's own fit measured every one of the tens of
  // thousands of links (3 s of the first render at 5,000 actors).
  if (fit) cy.fit(cy.nodes(), 30);
}

/** A link between two of the actors (or groups) laid out. */
export interface Link {
  source: string;
  target: string;
}

/**
 * Lays out a large graph's nodes by their `links`: packed by cluster now,
 * ForceAtlas2 when the worker answers; `onSettled` is called then. Returns a
 * function that drops the worker's answer (a new graph or layout came first).
 */
export function layOutLarge(cy: cytoscape.Core, links: readonly Link[], onSettled: () => void): () => void {
  const nodes = cy.nodes();
  const ids = nodes.map((n) => n.id());
  const graph = new Graph();
  // Actors without a cluster (isolated ones) are packed together.
  for (const node of nodes) graph.addNode(node.id(), { cluster: node.data('cluster') ?? '' });
  const packed = circlepack(graph, { hierarchyAttributes: ['cluster'], rng: seedrandom('c2c-graph') });
  const start = spread(ids, ids.map((id) => packed[id]!.x), ids.map((id) => packed[id]!.y));
  place(cy, start, true);
  const viewport = JSON.stringify([cy.pan(), cy.zoom()]);

  const ends = new Set(links.flatMap((link) => [link.source, link.target]));
  const linked = ids.filter((id) => ends.has(id));
  const alone = ids.filter((id) => !ends.has(id));
  const index = new Map(linked.map((id, i) => [id, i]));
  const pairs = new Uint32Array(links.length * 2);
  links.forEach((link, i) => {
    pairs[2 * i] = index.get(link.source)!;
    pairs[2 * i + 1] = index.get(link.target)!;
  });
  const request: ForceAtlasRequest = {
    xs: Float64Array.from(linked, (id) => start.get(id)!.x),
    ys: Float64Array.from(linked, (id) => start.get(id)!.y),
    links: pairs,
    // Fewer rounds on the largest graphs: each costs about n log n + m.
    iterations: linked.length > 10_000 ? 60 : 120,
  };
  const worker = new Worker(new URL('./force-atlas.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<ForceAtlasAnswer>) => {
    worker.terminate();
    // Refit only if the user has not moved the view meanwhile.
    place(cy, withGrid(spread(linked, data.xs, data.ys), alone), JSON.stringify([cy.pan(), cy.zoom()]) === viewport);
    onSettled();
  };
  worker.onerror = () => {
    // The packing stays: a usable layout, if a less telling one.
    worker.terminate();
    onSettled();
  };
  worker.postMessage(request, [request.xs.buffer, request.ys.buffer, pairs.buffer]);
  return () => worker.terminate();
}

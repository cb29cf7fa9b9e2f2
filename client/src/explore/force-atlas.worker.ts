// ForceAtlas2 (graphology-layout-forceatlas2, Barnes–Hut) off the main thread:
// on graphs of thousands of actors it takes seconds, during which the page
// must keep answering the user. Receives the actors' starting positions and
// the links between them (as indexes), answers the positions after a fixed
// number of iterations (the same input, the same layout).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface ForceAtlasRequest {
  xs: Float64Array;
  ys: Float64Array;
  /** Pairs of node indexes, one pair per link. */
  links: Uint32Array;
  iterations: number;
}

export interface ForceAtlasAnswer {
  xs: Float64Array;
  ys: Float64Array;
}

self.onmessage = ({ data }: MessageEvent<ForceAtlasRequest>) => {
  const { xs, ys, links, iterations } = data;
  // Parallel links (several partnerships between two actors) pull harder, as one heavier edge.
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < xs.length; i++) graph.addNode(i, { x: xs[i], y: ys[i] });
  for (let i = 0; i < links.length; i += 2) {
    graph.updateEdge(links[i], links[i + 1], (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  }
  // LinLog separates communities more than the default forces do: on thousands of actors, what a reader looks for.
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, linLogMode: true };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  graph.forEachNode((node, attributes) => {
    xs[Number(node)] = attributes.x as number;
    ys[Number(node)] = attributes.y as number;
  });
  (self as unknown as Worker).postMessage({ xs, ys } satisfies ForceAtlasAnswer, [xs.buffer, ys.buffer]);
};

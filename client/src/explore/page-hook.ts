// window.__c2c = { cy }: the Cytoscape instance of the graph on screen, for
// the render benchmark (bench/client-render.ts) and the large-graph browser
// test, which drive pan and zoom and read what is drawn. The client itself
// never reads it; it is set while a graph canvas is mounted.
import type cytoscape from 'cytoscape';

declare global {
  interface Window {
    __c2c?: { cy: cytoscape.Core };
  }
}

export function exposeGraph(cy: cytoscape.Core | null): void {
  if (cy) window.__c2c = { cy };
  else delete window.__c2c;
}

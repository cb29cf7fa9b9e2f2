// Downloads of what is on screen: the graph as a PNG (with the map under it
// in the geographic layout), and actors with their links as CSV or JSON.
import type cytoscape from 'cytoscape';
import type { Drawn } from './elements.ts';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function exportPng(cy: cytoscape.Core, underlay: HTMLCanvasElement | null, name: string): Promise<void> {
  const graph = cy.png({ output: 'blob-promise', bg: underlay ? undefined : '#ffffff', full: false, scale: 2 });
  if (!underlay) return download(name, await graph);
  const image = await createImageBitmap(await graph);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(underlay, 0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  canvas.toBlob((blob) => blob && download(name, blob), 'image/png');
}

/** The selected actors and their links among themselves; everything drawn when nothing is selected. */
export function subset(drawn: Drawn, ids: ReadonlySet<string> | null): Drawn {
  if (!ids || ids.size === 0) return drawn;
  return {
    nodes: drawn.nodes.filter((n) => ids.has(n.id)),
    edges: drawn.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

export function exportJson(drawn: Drawn, name: string): void {
  download(name, new Blob([JSON.stringify(drawn, (key, value: unknown) => (key === '__typename' ? undefined : value), 2)], { type: 'application/json' }));
}

const cell = (value: unknown) => {
  const text = value == null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV table of actors (the links are in the JSON). */
export function exportCsv(drawn: Drawn, name: string): void {
  const columns = ['id', 'label', 'kind', 'region', 'country', 'supportLevel', 'cluster'] as const;
  const lines = [columns.join(','), ...drawn.nodes.map((node) => columns.map((c) => cell(node[c])).join(','))];
  download(name, new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
}

// The selection and what it is linked to, marked on a large graph without
// restyling it. Cytoscape's canvas renderer draws every element in view
// again for any change of style: one class on the actor clicked redrew the
// 8,500 elements of an opened group, 100 to 250 ms of each click. So a large
// graph's marks are drawn on a canvas of its own over the graph
// (cytoscape-layers, which keeps it on Cytoscape's pan and zoom): the links,
// then the rings and names. Each frame Cytoscape draws redraws these few
// elements only. (Under the graph, the links were lost beneath thousands of
// others.)
import type cytoscape from 'cytoscape';
import { layers } from 'cytoscape-layers';
import type { Highlight } from './GraphCanvas.tsx';
import { HIGHLIGHT, LARGE_HUB, MARKED, NAME_MARGIN, NAME_OUTLINE, NAME_SIZE, RING, linkLook } from './graph-style.ts';

/** A link marked, as its data: a large graph's links are marked before they are drawn (GraphCanvas adds them later). */
export interface MarkedLink {
  source: string;
  target: string;
  type: string;
  width?: number;
}

export interface Marks {
  selected: cytoscape.NodeCollection;
  nodes: cytoscape.NodeCollection;
  links: readonly MarkedLink[];
}

/** The links a highlight marks, from the definitions of those drawn (not from Cytoscape, which may not have them yet). */
export function markedLinks(links: readonly cytoscape.ElementDefinition[], highlight: Highlight): MarkedLink[] {
  const ids = new Set(highlight.edges);
  const ends = new Set(highlight.nodes);
  const marked = (link: MarkedLink & { id: string }) => (highlight.edges ? ids.has(link.id) : ends.has(link.source) && ends.has(link.target));
  return links.map((e) => e.data as MarkedLink & { id: string }).filter(marked);
}

/** A name's size in model units, as the stylesheet's NAME maps the actor's links. */
const nameSize = (degree: number) => NAME_SIZE.min + (NAME_SIZE.max - NAME_SIZE.min) * Math.min(1, Math.max(0, degree / NAME_SIZE.degree));

const radius = (node: cytoscape.NodeSingular) => Math.max(node.width(), node.height()) / 2;

/** Each link from the edge of one end's disc to the other's: over the graph, it would cross its ends' own shapes. */
function drawLinks(ctx: CanvasRenderingContext2D, cy: cytoscape.Core, links: readonly MarkedLink[]): void {
  for (const link of links) {
    const [source, target] = [cy.getElementById(link.source), cy.getElementById(link.target)];
    if (source.empty() || target.empty()) continue;
    const [from, to] = [source.position(), target.position()];
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const [start, end] = [radius(source) / length, 1 - radius(target) / length];
    if (start >= end) continue;
    const look = linkLook(link.type, link.width);
    ctx.strokeStyle = look.color;
    ctx.lineWidth = look.width;
    ctx.beginPath();
    ctx.moveTo(from.x + (to.x - from.x) * start, from.y + (to.y - from.y) * start);
    ctx.lineTo(from.x + (to.x - from.x) * end, from.y + (to.y - from.y) * end);
    ctx.stroke();
  }
}

function drawRings(ctx: CanvasRenderingContext2D, nodes: cytoscape.NodeCollection, colour: string, width: number, bold: boolean, zoom: number): void {
  nodes.forEach((node) => {
    if (node.removed()) return;
    const at = node.position();
    const r = radius(node);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(at.x, at.y, r + width / 2, 0, 2 * Math.PI);
    ctx.stroke();
    // A group is named by the stylesheet; so is a hub (LARGE_HUB). Names too small to read stay hidden, as Cytoscape's.
    const degree = Number(node.data('degree'));
    const size = nameSize(degree);
    if (node.data('diameter') !== undefined || degree >= LARGE_HUB || size * zoom < NAME_SIZE.shown) return;
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${node.style('font-family')}`;
    const y = at.y + r + width + NAME_MARGIN;
    ctx.lineWidth = 2 * NAME_OUTLINE;
    ctx.strokeStyle = '#fff';
    ctx.strokeText(node.data('label'), at.x, y);
    ctx.fillStyle = MARKED;
    ctx.fillText(node.data('label'), at.x, y);
  });
}

/** Adds the canvas to `cy`; the function returned sets what it marks. */
export function marksLayer(cy: cytoscape.Core): (marks: Marks) => void {
  let marks: Marks = { selected: cy.collection(), nodes: cy.collection(), links: [] };
  // Over all of Cytoscape's own canvases: between them, the PNG export (cytoscape-layers' cy.png) refuses to run.
  const layer = layers(cy).append('canvas');
  layer.callback((ctx) => {
    drawLinks(ctx, cy, marks.links);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    drawRings(ctx, marks.nodes.not(marks.selected), MARKED, RING.marked, false, cy.zoom());
    drawRings(ctx, marks.selected, HIGHLIGHT, RING.selected, true, cy.zoom());
  });
  // Positions change (ForceAtlas2's arrive) with a frame of Cytoscape's: the marks follow.
  layer.updateOnRender = true;
  return (next) => {
    marks = next;
    layer.update();
  };
}

// Bringing what the user asked for into view in the part of the canvas they
// can see: the details panel lies over the graph's right side (resizing the
// graph instead forced a full redraw), so a city centred on the whole canvas
// ended at the panel's edge, half hidden.
import type cytoscape from 'cytoscape';

type Box = { x1: number; y1: number; x2: number; y2: number };
const inside = (inner: Box, outer: Box) => inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;

/** How many pixels of the canvas's right side the details panel covers (0 when it is closed). */
function coveredByDetails(cy: cytoscape.Core): number {
  const container = cy.container();
  const canvas = container?.getBoundingClientRect();
  // The panel of this view (ViewFrame draws both in its .explore), not whatever else the page holds.
  const details = container?.closest('.explore')?.querySelector('.details')?.getBoundingClientRect();
  if (!canvas || !details || details.width === 0) return 0;
  return Math.min(canvas.width, Math.max(0, canvas.right - details.left));
}

/** The graph's coordinates the user sees: the extent left of the details panel. */
function visibleExtent(cy: cytoscape.Core, covered: number): Box {
  const extent = cy.extent();
  return { ...extent, x2: extent.x2 - covered / cy.zoom() };
}

/** Centres `focus` in the part of the canvas the details panel leaves visible. */
function centreInView(cy: cytoscape.Core, focus: cytoscape.CollectionArgument, covered: number): void {
  cy.center(focus);
  cy.panBy({ x: -covered / 2, y: 0 });
}

interface Framing {
  /** Fit `focus` (zoom), or only move it into sight when some of it is out of it. */
  fit: boolean;
  /** Pixels kept around what is fitted, and the closest zoom. */
  padding: number;
  closest: number;
  /** In the middle of the view when fitting, the rest of `focus` around it (a searched city among its partners), at the zoom that fits `focus`. */
  centre?: cytoscape.NodeSingular;
}

/** Brings `focus` into the part of the canvas the details panel leaves visible (see Framing). */
export function bringIntoView(cy: cytoscape.Core, focus: cytoscape.Collection, { fit, padding, closest, centre }: Framing): void {
  if (focus.empty()) return;
  const covered = coveredByDetails(cy);
  if (fit) {
    // The zoom at which all of `focus` would fit; centred on `centre`, what lies far from it on one side may not.
    const { w, h } = focus.boundingBox();
    const room = { w: cy.width() - covered - 2 * padding, h: cy.height() - 2 * padding };
    const zoom = Math.min(closest, room.w / Math.max(w, 1), room.h / Math.max(h, 1));
    cy.zoom(Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom)));
    centreInView(cy, centre ?? focus, covered);
  } else if (!inside(focus.boundingBox(), visibleExtent(cy, covered))) centreInView(cy, focus, covered);
}

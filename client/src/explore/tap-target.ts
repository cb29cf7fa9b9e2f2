// Which node a tap on a large graph is on. A large graph's elements take no
// pointer events (graph-style.ts), so that Cytoscape neither scans them on
// each press, move and release nor grabs and activates the node pressed:
// each of those changes of state redrew the whole graph, 100 ms and more on
// an opened group of 8,500 elements, before the click had done anything.
// Its taps land on the background, and are matched to a node here, once.
import type cytoscape from 'cytoscape';

/** The node whose disc (with its border, and a pixel or two of slack) holds `at`, the nearest if several do. */
export function nodeAt(cy: cytoscape.Core, at: cytoscape.Position): cytoscape.NodeSingular | null {
  const slack = 2 / cy.zoom();
  let found: cytoscape.NodeSingular | null = null;
  let nearest = Infinity;
  cy.nodes().forEach((node) => {
    const p = node.position();
    const distance = Math.hypot(p.x - at.x, p.y - at.y);
    const reach = Math.max(node.width(), node.height()) / 2 + node.numericStyle('border-width') + slack;
    if (distance <= reach && distance < nearest) [found, nearest] = [node, distance];
  });
  return found;
}

// What a thing is at a glance, as data: the legend and the Cytoscape
// stylesheet are both made from these tables, so they cannot disagree.
import type cytoscape from 'cytoscape';
import type { ActorKind } from '../generated/operations.ts';

export const KIND_STYLE: Record<ActorKind, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  CITY: { color: '#2b7bb9', shape: 'ellipse', label: 'City' },
  ASSOCIATION: { color: '#e07b39', shape: 'round-rectangle', label: 'Association' },
  NETWORK: { color: '#3a9d5d', shape: 'hexagon', label: 'Network' },
  ORGANISATION: { color: '#8c6d31', shape: 'rhomboid', label: 'Organisation' },
  DONOR: { color: '#c0392b', shape: 'star', label: 'Donor' },
  PROGRAMME: { color: '#8e44ad', shape: 'triangle', label: 'Programme' },
};

/** GraphEdge.type values (a String in the schema, documented there). */
export const EDGE_STYLE: Record<string, { color: string; line: 'solid' | 'dashed' | 'dotted'; arrow: boolean; width: number; label: string }> = {
  PARTNERSHIP: { color: '#4a5a6a', line: 'solid', arrow: false, width: 2, label: 'Partnership' },
  MEMBER_OF: { color: '#e0a070', line: 'dashed', arrow: true, width: 1.2, label: 'Member of' },
  FUNDS: { color: '#c0392b', line: 'solid', arrow: true, width: 1.5, label: 'Funds' },
  SUPPORTS: { color: '#8e44ad', line: 'dotted', arrow: true, width: 1.5, label: 'Supports' },
  RUN_BY: { color: '#9b8bb0', line: 'dashed', arrow: true, width: 1, label: 'Run by' },
};

/** The `kind` of an overview's group node, and the `type` of a link between groups (elements.ts). */
export const GROUP_KIND = 'GROUP';
export const GROUP_LINK = 'GROUP_LINK';
/** A group's colour when the view gives it none. */
const GROUP_COLOUR = '#9aa8b6';
const GROUP_LINK_COLOUR = '#7d8a97';

/** A link's colour and width by its type, and the width its data sets (a weighted one's), as the stylesheet draws it. */
export function linkLook(type: string, width?: number): { color: string; width: number } {
  if (type === GROUP_LINK) return { color: GROUP_LINK_COLOUR, width: width ?? 1 };
  return { color: EDGE_STYLE[type]?.color ?? GROUP_LINK_COLOUR, width: width ?? EDGE_STYLE[type]?.width ?? 1 };
}

/** The selected actor's ring, and the ring of what is highlighted (marks-layer.ts draws the same on a large graph). */
export const HIGHLIGHT = '#f4a261';
export const MARKED = '#1d2733';
export const RING = { selected: 4, marked: 3 };
/** On a large graph, actors with at least this many links keep their name on screen. */
export const LARGE_HUB = 40;

/** Names: from NAME_SIZE.min px (no link) to NAME_SIZE.max (NAME_SIZE.degree links or more); hidden when smaller than NAME_SIZE.shown px on screen. */
export const NAME_SIZE = { min: 7, max: 15, degree: 20, shown: 6 };
export const NAME_MARGIN = 2;
export const NAME_OUTLINE = 1.5;

/** A node's name, below it. */
const NAME: cytoscape.Css.Node = {
  label: 'data(label)',
  // Hubs keep a readable label when zoomed out; leaves show theirs on zooming in.
  'font-size': `mapData(degree, 0, ${NAME_SIZE.degree}, ${NAME_SIZE.min}, ${NAME_SIZE.max})`,
  'min-zoomed-font-size': NAME_SIZE.shown,
  'text-valign': 'bottom',
  'text-margin-y': NAME_MARGIN,
  'text-outline-color': '#fff',
  'text-outline-width': NAME_OUTLINE,
  color: MARKED,
};

/** Nodes: named, sized by degree so that hubs stand out and leaves stay readable. */
const NODE: cytoscape.Css.Node = {
  ...NAME,
  width: 'mapData(degree, 0, 20, 12, 46)',
  height: 'mapData(degree, 0, 20, 12, 46)',
  'border-width': 1,
  'border-color': '#fff',
};

/**
 * A large graph's nodes: unnamed but for hubs (LARGE_HUB) and what is
 * selected or highlighted, which get NAME; sizes spread over more links:
 * with tens of links per actor, the small graph's scale would make every
 * disc a hub's.
 */
const LARGE_NODE: cytoscape.Css.Node = {
  width: 'mapData(degree, 0, 150, 8, 40)',
  height: 'mapData(degree, 0, 150, 8, 40)',
  'border-width': 1,
  'border-color': '#fff',
  // No pointer events, as links (tap-target.ts finds the actor tapped): Cytoscape grabs and activates the node under
  // each press and releases it, changes of state that each redrew the whole graph.
  events: 'no',
};

// Links answer no pointer events (a tap on one selects nothing): Cytoscape then leaves them out of the hit test
// of every press, move and release, which on an opened group of thousands scanned every link's bounds each time.
const EDGE: cytoscape.Css.Edge = { 'curve-style': 'bezier', 'arrow-scale': 0.7, opacity: 0.75, events: 'no' };
/** A large graph's links: straight lines without arrows, Cytoscape's cheapest ("haystack"). */
const LARGE_EDGE: cytoscape.Css.Edge = { 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.5, events: 'no' };

/**
 * The style; a large graph (`large`) draws links as straight lines without
 * arrows and names only its hubs and what is selected or highlighted:
 * thousands of labels are unreadable, and the WebGL renderer draws them at
 * every zoom (it ignores min-zoomed-font-size). Each of an element's
 * properties is set by one rule (the large graph's are not overrides of the
 * small one's): Cytoscape applies every matching rule's properties in turn,
 * and on an opened group of 9,000 elements that was a second and a half of
 * its first frame.
 */
export function stylesheet(large = false): cytoscape.StylesheetJson {
  return [
    { selector: 'node', style: large ? LARGE_NODE : NODE },
    ...Object.entries(KIND_STYLE).map(([kind, style]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': style.color, shape: style.shape },
    })),
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    { selector: 'edge', style: large ? LARGE_EDGE : EDGE },
    ...Object.entries(EDGE_STYLE).map(([type, style]) => ({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': style.color,
        'line-style': style.line,
        width: style.width,
        ...(large ? {} : { 'target-arrow-color': style.color, 'target-arrow-shape': style.arrow ? 'triangle' : 'none' }),
      },
    })),
    // Parallel links merged into one edge (elements.ts): as wide as they are many.
    { selector: 'edge[width]', style: { width: 'data(width)' } },
    ...(large ? [{ selector: `node[degree >= ${LARGE_HUB}], node.selected, node.highlighted`, style: NAME }] : []),
    // An overview's groups: a disc whose area is its members, named by what it is; links as wide as the logarithm of theirs.
    {
      selector: `node[kind = "${GROUP_KIND}"]`,
      style: {
        ...NAME,
        shape: 'ellipse',
        width: 'data(diameter)',
        height: 'data(diameter)',
        'background-color': GROUP_COLOUR,
        'background-opacity': 0.85,
        'border-width': 2,
        'border-color': '#fff',
        'font-size': 11,
        'min-zoomed-font-size': 10,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
      },
    },
    // The largest groups' names stay readable at any zoom.
    {
      selector: `node[kind = "${GROUP_KIND}"][named = 1]`,
      style: {
        'font-size': 'mapData(diameter, 14, 150, 16, 26)',
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'text-max-width': '240px',
        'text-background-color': '#fff',
        'text-background-opacity': 0.75,
        'text-background-padding': '2px',
        'z-index': 8,
      },
    },
    { selector: `node[kind = "${GROUP_KIND}"][color]`, style: { 'background-color': 'data(color)' } },
    {
      selector: `edge[type = "${GROUP_LINK}"]`,
      // Faint when they stand for few links: the heavy ones are what the eye should follow.
      style: { 'line-color': GROUP_LINK_COLOUR, width: 'data(width)', opacity: 'mapData(width, 0.8, 14, 0.12, 0.6)', 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.selected', style: { 'border-width': RING.selected, 'border-color': HIGHLIGHT, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.highlighted', style: { 'border-width': RING.marked, 'border-color': MARKED, 'z-index': 9 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 9 } },
    { selector: 'node.traced', style: { 'border-width': 4, 'border-color': '#d62828' } },
    { selector: 'edge.traced', style: { 'line-color': '#d62828', 'target-arrow-color': '#d62828', width: 5 } },
  ] as cytoscape.StylesheetJson;
}

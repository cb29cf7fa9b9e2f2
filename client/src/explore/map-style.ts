// How the map draws: discs sized by how many actors they stand for, painted
// as pies of their members' colours, with their count inside; single actors
// as small dots named when few are on screen; links as straight lines whose
// width and opacity grow with how many links they stand for.
import type cytoscape from 'cytoscape';
import { SLICES } from './map-clusters.ts';

const HIGHLIGHT = '#f4a261';

export function mapStylesheet(): cytoscape.StylesheetJson {
  const slices = Object.fromEntries(
    Array.from({ length: SLICES }, (_, i) => [
      [`pie-${i + 1}-background-color`, `data(c${i + 1})`],
      [`pie-${i + 1}-background-size`, `data(p${i + 1})`],
    ]).flat(),
  );
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(c1)',
        'border-width': 1.2,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 1.5,
        color: '#1d2733',
        'text-outline-color': '#ffffff',
        'text-outline-width': 1.2,
        'min-zoomed-font-size': 0,
      },
    },
    // A count on its disc: white, with a faint dark edge for the lighter colours.
    { selector: 'node[?cluster]', style: { 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 11, 'font-weight': 'bold', color: '#ffffff', 'text-outline-color': 'rgba(0, 0, 0, 0.35)', 'text-outline-width': 1, 'pie-size': '100%', ...slices } },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 'data(width)', 'line-color': 'data(colour)', opacity: 'data(opacity)' },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.selected', style: { 'border-color': HIGHLIGHT, 'border-width': 4, 'z-index': 10 } },
    { selector: 'node.highlighted', style: { 'border-color': '#1d2733', 'border-width': 4, 'z-index': 9 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 9 } },
    { selector: 'edge.traced', style: { 'line-color': '#d62828' } },
  ] as cytoscape.StylesheetJson;
}

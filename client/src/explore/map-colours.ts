// What the map colours actors by, as in the network view: their kind (or the
// colours the view gives, a cluster or a support level it highlights), their
// support level, or their community (the graph's Louvain cluster, the twelve
// largest in distinct colours).
import { categoryColour, OTHER_COLOUR } from '../analytics/palette.ts';
import type { SupportLevel } from '../generated/operations.ts';
import type { Drawn } from './elements.ts';
import { KIND_STYLE } from './graph-style.ts';

export type MapColouring = 'kind' | 'support' | 'cluster';

export const MAP_COLOURINGS: Record<MapColouring, string> = { kind: 'Kind', support: 'Support level', cluster: 'Cluster' };

export const SUPPORT_COLOUR: Record<SupportLevel, string> = { ISOLATED: '#d62828', UNSUPPORTED: '#f4a261', SUPPORTED: '#8fb3d1' };

/** Each drawn actor's colour. */
export function mapColours(drawn: Drawn, colouring: MapColouring, viewColours: ReadonlyMap<string, string> | null): Map<string, string> {
  if (colouring === 'support') return new Map(drawn.nodes.map((n) => [n.id, n.supportLevel ? SUPPORT_COLOUR[n.supportLevel] : OTHER_COLOUR]));
  if (colouring === 'cluster') {
    const sizes = new Map<string, number>();
    for (const n of drawn.nodes) if (n.cluster) sizes.set(n.cluster, (sizes.get(n.cluster) ?? 0) + 1);
    const rank = new Map([...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id], i) => [id, i]));
    return new Map(drawn.nodes.map((n) => [n.id, n.cluster ? categoryColour(rank.get(n.cluster)!) : OTHER_COLOUR]));
  }
  return new Map(drawn.nodes.map((n) => [n.id, viewColours?.get(n.id) ?? KIND_STYLE[n.kind].color]));
}

/** The legend of a colouring: swatches and what they mean. */
export function mapLegend(colouring: MapColouring, viewColours: boolean): { colours: string[]; label: string }[] {
  if (colouring === 'support') {
    return [
      ...Object.entries(SUPPORT_COLOUR).map(([level, colour]) => ({ colours: [colour], label: level[0] + level.slice(1).toLowerCase() })),
      { colours: [OTHER_COLOUR], label: 'Not a city' },
    ];
  }
  if (colouring === 'cluster') {
    return [
      { colours: Array.from({ length: 12 }, (_, i) => categoryColour(i)), label: 'The twelve largest clusters' },
      { colours: [OTHER_COLOUR], label: 'Smaller clusters' },
    ];
  }
  if (viewColours) return [{ colours: [], label: 'Coloured as the view says (its side panel)' }];
  return Object.values(KIND_STYLE).map((style) => ({ colours: [style.color], label: style.label }));
}

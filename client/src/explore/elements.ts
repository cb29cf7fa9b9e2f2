// The elements Cytoscape draws: the union of the subgraphs on screen (the
// filtered graph or an opened group, expanded neighbourhoods, the path), each
// node with its degree in what is drawn, which sets its size; and on an
// overview, its groups (a disc whose area is its members) and the weighted
// links between groups.
import type cytoscape from 'cytoscape';
import type { DrawnEdge, DrawnGroup, DrawnGroupLink, DrawnNode } from './graph-queries.ts';
import { EDGE_STYLE, GROUP_KIND, GROUP_LINK } from './graph-style.ts';

export interface Drawn {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** The overview's groups drawn as one node each (not the opened one); none when every actor is drawn. */
  groups?: DrawnGroup[];
  groupLinks?: DrawnGroupLink[];
}

/** Diameters of group discs: the area says how many members, the largest group LARGEST_GROUP px across. */
const SMALLEST_GROUP = 14;
const LARGEST_GROUP = 150;
/** The largest groups keep their name at any zoom; the others' appear on zooming in. */
const NAMED_GROUPS = 10;
/** Widths of group links: by the logarithm of what they stand for, from a hairline to a thick band. */
const THINNEST_LINK = 0.8;
const THICKEST_LINK = 14;

export const groupLinkId = (link: DrawnGroupLink) => `group-link:${link.source}|${link.target}`;

function groupElements(groups: readonly DrawnGroup[], links: readonly DrawnGroupLink[], drawn: Set<string>) {
  // The server lists groups largest first.
  const largest = Math.max(1, ...groups.map((g) => g.size));
  const heaviest = Math.max(1, ...links.map((l) => l.weight));
  return [
    ...groups.map((g, rank) => {
      const diameter = SMALLEST_GROUP + (LARGEST_GROUP - SMALLEST_GROUP) * Math.sqrt(g.size / largest);
      return {
        group: 'nodes' as const,
        // `cluster`: packed on its own by the large-graph layout. Colours come with the view's (GraphCanvas `colors`).
        data: { id: g.id, label: g.label, kind: GROUP_KIND, size: g.size, cluster: g.id, diameter, named: rank < NAMED_GROUPS ? 1 : 0 },
      };
    }),
    ...links
      .filter((l) => drawn.has(l.source) && drawn.has(l.target))
      .map((l) => ({
        group: 'edges' as const,
        data: {
          id: groupLinkId(l),
          source: l.source,
          target: l.target,
          type: GROUP_LINK,
          weight: l.weight,
          width: THINNEST_LINK + (THICKEST_LINK - THINNEST_LINK) * (Math.log1p(l.weight) / Math.log1p(heaviest)),
        },
      })),
  ];
}

/** Parallel links of one type between two actors: a partnership's ends either way round, other links as stated. */
export const pairKey = (e: Pick<DrawnEdge, 'type' | 'source' | 'target'>) =>
  EDGE_STYLE[e.type]?.arrow || e.source < e.target ? `${e.type}|${e.source}|${e.target}` : `${e.type}|${e.target}|${e.source}`;

const partnershipsOf = (edge: DrawnEdge) => edge.partnershipIds ?? (edge.partnershipId ? [edge.partnershipId] : []);

/** Names in the reader's order; one collator for every comparison (localeCompare builds one per call). */
const byLabel = new Intl.Collator('en').compare;

/**
 * The parts' nodes, and their links as one edge per type and pair of actors,
 * weighted by the relationships it stands for. A neighbourhood comes with its
 * parallel links merged (the server's mergeParallel) and counts every
 * relationship between the two actors; the filtered graph sends them one by
 * one, some of them only: the larger count of any part is the pair's weight,
 * so that no relationship counts twice. The partnerships behind a pair are
 * those of every part (partnershipIds; partnershipId when there is one).
 * The map draws a million links of 100,000 cities through here: one entry
 * per pair and part, and no copy of an edge until the end.
 */
export function union(parts: readonly (Drawn | null | undefined)[]): Drawn {
  const nodes = new Map<string, DrawnNode>();
  let pairs = new Map<string, { edge: DrawnEdge; weight: number; partnerships: string[] }>();
  for (const part of parts) {
    if (!part) continue;
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    // This part's weight of each pair, then the pair's weight over the parts: the larger.
    const inPart = new Map<string, { edge: DrawnEdge; weight: number; partnerships: string[] }>();
    for (const edge of part.edges) {
      const key = pairKey(edge);
      const entry = inPart.get(key);
      if (!entry) inPart.set(key, { edge, weight: edge.weight, partnerships: partnershipsOf(edge) });
      else {
        entry.weight += edge.weight;
        entry.partnerships = [...entry.partnerships, ...partnershipsOf(edge)];
      }
    }
    // The first part's pairs are the union's so far (most views have one part).
    if (pairs.size === 0) {
      pairs = inPart;
      continue;
    }
    for (const [key, entry] of inPart) {
      const pair = pairs.get(key);
      if (!pair) pairs.set(key, entry);
      else {
        if (entry.weight > pair.weight) [pair.edge, pair.weight] = [entry.edge, entry.weight];
        pair.partnerships = [...pair.partnerships, ...entry.partnerships];
      }
    }
  }
  // An edge is drawn only between drawn nodes. Loops (a donor funding a
  // partnership it takes part in) say nothing a reader can see; the details
  // panel lists those fundings.
  const edges: DrawnEdge[] = [];
  for (const { edge, weight, partnerships } of pairs.values()) {
    if (edge.source === edge.target || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const partnershipIds = partnerships.length > 1 ? [...new Set(partnerships)].sort() : partnerships;
    edges.push({ ...edge, weight, partnershipId: partnershipIds.length === 1 ? partnershipIds[0]! : null, partnershipIds });
  }
  return { nodes: [...nodes.values()].sort((a, b) => byLabel(a.label, b.label)), edges };
}

/** Wider with more relationships, on a log scale: ten links twice and a half as wide as one, never more than five times. */
const widthOf = (edge: DrawnEdge) => (EDGE_STYLE[edge.type]?.width ?? 1) * Math.min(5, 1 + Math.log2(edge.weight) / 2);

export function toElements(drawn: Drawn): cytoscape.ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const edge of drawn.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return [
    ...drawn.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.label, kind: node.kind, region: node.region ?? '', cluster: node.cluster, degree: degree.get(node.id) ?? 0 },
    })),
    ...drawn.edges.map((edge) => {
      // A link drawn without an arrow (a partnership) starts from its end with
      // fewer links. Cytoscape's add looks up each new edge's parallel edges
      // among every edge of its source: from a hub of 2,000 links, seconds.
      const turn = !EDGE_STYLE[edge.type]?.arrow && (degree.get(edge.source) ?? 0) > (degree.get(edge.target) ?? 0);
      return {
        group: 'edges' as const,
        data: {
          id: edge.id,
          source: turn ? edge.target : edge.source,
          target: turn ? edge.source : edge.target,
          type: edge.type,
          weight: edge.weight,
          ...(edge.weight > 1 ? { width: widthOf(edge) } : {}),
        },
      };
    }),
    ...groupElements(drawn.groups ?? [], drawn.groupLinks ?? [], new Set([...drawn.nodes.map((n) => n.id), ...(drawn.groups ?? []).map((g) => g.id)])),
  ];
}

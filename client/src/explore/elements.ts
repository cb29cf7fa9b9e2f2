// The elements Cytoscape draws: the union of the subgraphs on screen (the
// filtered graph, expanded neighbourhoods, the path), each node with its
// degree in what is drawn, which sets its size.
import type cytoscape from 'cytoscape';
import type { DrawnEdge, DrawnNode } from './graph-queries.ts';
import { EDGE_STYLE } from './graph-style.ts';

export interface Drawn {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** Parallel links of one type between two actors: a partnership's ends either way round, other links as stated. */
const pairKey = (e: DrawnEdge) => (EDGE_STYLE[e.type]?.arrow ? `${e.type}|${e.source}|${e.target}` : `${e.type}|${[e.source, e.target].sort().join('|')}`);

/**
 * The parts' nodes, and their links as one edge per type and pair of actors,
 * weighted by the relationships it stands for. A neighbourhood comes with its
 * parallel links merged (the server's mergeParallel) and counts every
 * relationship between the two actors; the filtered graph sends them one by
 * one, some of them only: the larger count of any part is the pair's weight,
 * so that no relationship counts twice.
 */
export function union(parts: readonly (Drawn | null | undefined)[]): Drawn {
  const nodes = new Map<string, DrawnNode>();
  const pairs = new Map<string, DrawnEdge>();
  for (const part of parts) {
    for (const node of part?.nodes ?? []) if (!nodes.has(node.id)) nodes.set(node.id, node);
    const inPart = new Map<string, DrawnEdge>();
    for (const edge of part?.edges ?? []) {
      const key = pairKey(edge);
      const seen = inPart.get(key);
      inPart.set(key, seen ? { ...seen, weight: seen.weight + edge.weight } : edge);
    }
    for (const [key, edge] of inPart) if (edge.weight > (pairs.get(key)?.weight ?? 0)) pairs.set(key, edge);
  }
  // An edge is drawn only between drawn nodes. Loops (a donor funding a
  // partnership it takes part in) say nothing a reader can see; the details
  // panel lists those fundings.
  const kept = [...pairs.values()].filter((e) => e.source !== e.target && nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label)), edges: kept };
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
  ];
}

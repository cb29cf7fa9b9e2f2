// Communities of the actor graph (Louvain, graphology's implementation), for
// colouring the drawn graph by cluster. Deterministic: no random walk, so the
// same graph always gets the same communities.
import louvain from 'graphology-communities-louvain';
import type { ActorGraph } from './actor-graph.ts';

/** The community of every actor, as a string id; actors without links form their own. */
export function communities(graph: ActorGraph): Map<string, string> {
  const mapping = louvain(graph, { randomWalk: false });
  return new Map(Object.entries(mapping).map(([node, community]) => [node, `cluster-${community}`]));
}

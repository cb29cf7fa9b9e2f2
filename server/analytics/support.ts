// How well support reaches each city (domain.md, "Isolated cities lacking
// support"): a donor or programme reaches a city when it funds or supports
// the city, a partnership the city takes part in (already an edge to the city
// in the actor graph), or an association or network the city is a member of.
import type { SupportLevel } from '../graphql/generated/resolvers-types.ts';
import type { ActorGraph } from './actor-graph.ts';

export interface CitySupport {
  level: SupportLevel;
  /** Ids of the donors and programmes that reach the city. */
  supporters: string[];
}

const GIVES_SUPPORT = new Set(['FUNDS', 'SUPPORTS']);

/** Who funds or supports an actor directly (or through a partnership it takes part in). */
function directSupporters(graph: ActorGraph, id: string): string[] {
  const supporters: string[] = [];
  graph.forEachEdge(id, (_key, edge) => {
    if (GIVES_SUPPORT.has(edge.type) && edge.target === id) supporters.push(edge.source);
  });
  return supporters;
}

export function supportOfCities(graph: ActorGraph): Map<string, CitySupport> {
  const support = new Map<string, CitySupport>();
  graph.forEachNode((id, actor) => {
    if (actor.kind !== 'CITY') return;
    const supporters = new Set(directSupporters(graph, id));
    let linked = false;
    graph.forEachEdge(id, (_key, edge) => {
      if (edge.type === 'PARTNERSHIP') linked = true;
      if (edge.type === 'MEMBER_OF' && edge.source === id) {
        linked = true;
        directSupporters(graph, edge.target).forEach((s) => supporters.add(s));
      }
    });
    const level: SupportLevel = supporters.size ? 'SUPPORTED' : linked ? 'UNSUPPORTED' : 'ISOLATED';
    support.set(id, { level, supporters: [...supporters].sort() });
  });
  return support;
}

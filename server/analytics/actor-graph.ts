// The selected part of the projection as links between actors: partnerships
// become PARTNERSHIP edges between every two of their participants, and
// fundings and support given to a partnership become edges to each of its
// participants (with the partnership's id), so that every question about who
// works with whom is a question about actor neighbours. The edges are listed
// once per selection (actorLinks) and shared: clusters, triangles and matches
// read the list directly; only the drawn views (graph, neighbourhood, path)
// need them as a graphology multigraph (actorGraph), which costs several
// times more to build at 100,000 cities.
import { MultiUndirectedGraph } from 'graphology';
import type { ProjectedActor, Projection } from './projection.ts';
import { select, type SelectedLinks } from './selection.ts';

export type EdgeType = 'PARTNERSHIP' | 'MEMBER_OF' | 'FUNDS' | 'SUPPORTS' | 'RUN_BY';

export interface ActorEdge {
  type: EdgeType;
  /** The direction the relationship is stated in: member → organisation, donor → recipient... */
  source: string;
  target: string;
  partnershipId: string | null;
}

/** An edge with its key: unique, and stable for the same data (the drawn views' edge ids). */
export interface KeyedEdge extends ActorEdge {
  key: string;
}

export interface ActorLinks {
  /** Every actor, in the projection's order. */
  actors: Map<string, ProjectedActor>;
  /** Every edge once, in a fixed order (the multigraph's, which Louvain's result depends on). */
  edges: KeyedEdge[];
}

export type ActorGraph = MultiUndirectedGraph<ProjectedActor, ActorEdge>;

/**
 * Every actor, with the partnerships and relationships a selection keeps (all by default).
 * Regions and kinds do not remove actors here (see selection.ts `shown`): a
 * city's partner abroad still counts for its support and its cluster.
 */
export function actorLinks(projection: Projection, { partnerships, links }: SelectedLinks = select(projection, {})): ActorLinks {
  const edges: KeyedEdge[] = [];
  const keys = new Set<string>();
  const addEdge = (key: string, type: EdgeType, source: string, target: string, partnershipId: string | null) => {
    if (projection.actors.has(source) && projection.actors.has(target) && !keys.has(key)) {
      keys.add(key);
      edges.push({ key, type, source, target, partnershipId });
    }
  };

  for (const p of partnerships) {
    const { participants } = p;
    for (let i = 0; i < participants.length; i++) {
      for (let j = i + 1; j < participants.length; j++) {
        const [a, b] = [participants[i]!, participants[j]!];
        addEdge(`${p.id}|${a}|${b}`, 'PARTNERSHIP', a, b, p.id);
      }
    }
  }
  for (const link of links) {
    const name = `${link.type}|${link.fundingId ?? link.source}`;
    const partnership = projection.partnerships.get(link.target);
    if (partnership) {
      for (const participant of partnership.participants) {
        addEdge(`${name}|${partnership.id}|${participant}`, link.type, link.source, participant, partnership.id);
      }
    } else {
      addEdge(`${name}|${link.target}`, link.type, link.source, link.target, null);
    }
  }
  return { actors: projection.actors, edges };
}

/** The links as a graphology multigraph, for the drawn views. */
export function actorGraph({ actors, edges }: ActorLinks): ActorGraph {
  const graph: ActorGraph = new MultiUndirectedGraph();
  for (const [id, actor] of actors) graph.addNode(id, actor);
  for (const edge of edges) graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge);
  return graph;
}

/** Each actor's neighbours (with repeats for parallel edges), for walks that only need who is next to whom. */
export function neighboursOf({ edges }: ActorLinks): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const { source, target } of edges) {
    add(source, target);
    if (source !== target) add(target, source);
  }
  return neighbours;
}

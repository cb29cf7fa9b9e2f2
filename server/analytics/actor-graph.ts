// The selected part of the projection as a graphology graph of actors:
// partnerships become PARTNERSHIP edges between every two of their
// participants, and fundings and support given to a partnership become edges
// to each of its participants (with the partnership's id), so that every
// question about who works with whom is a question about actor neighbours.
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

export type ActorGraph = MultiUndirectedGraph<ProjectedActor, ActorEdge>;

/**
 * Every actor, with the partnerships and relationships a selection keeps (all by default).
 * Regions and kinds do not remove actors here (see selection.ts `shown`): a
 * city's partner abroad still counts for its support and its cluster.
 */
export function actorGraph(projection: Projection, { partnerships, links }: SelectedLinks = select(projection, {})): ActorGraph {
  const graph: ActorGraph = new MultiUndirectedGraph();
  for (const [id, actor] of projection.actors) graph.addNode(id, actor);

  const addEdge = (key: string, edge: ActorEdge) => {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(key)) {
      graph.addEdgeWithKey(key, edge.source, edge.target, edge);
    }
  };

  for (const p of partnerships) {
    p.participants.forEach((a, i) =>
      p.participants.slice(i + 1).forEach((b) => addEdge(`${p.id}|${a}|${b}`, { type: 'PARTNERSHIP', source: a, target: b, partnershipId: p.id })),
    );
  }
  for (const link of links) {
    const name = `${link.type}|${link.fundingId ?? link.source}`;
    const partnership = projection.partnerships.get(link.target);
    if (partnership) {
      for (const participant of partnership.participants) {
        addEdge(`${name}|${partnership.id}|${participant}`, { type: link.type, source: link.source, target: participant, partnershipId: partnership.id });
      }
    } else {
      addEdge(`${name}|${link.target}`, { type: link.type, source: link.source, target: link.target, partnershipId: null });
    }
  }
  return graph;
}

// The actor graph of the whole store into GDS's catalog, as the server's
// clusters see it in a view without a filter (ESTABLISHED partnerships only:
// selection.ts's DEFAULT_STATUSES) (server/analytics/actor-graph.ts, linked-pairs.ts): every
// actor, linked or not, and each pair of actors that is linked, once,
// undirected, with the number of links between them as its weight. A link is
// a partnership between two of its participants, a membership, funding,
// support or running between two actors, or one given to a partnership,
// towards each of its participants; one per funding (its id) or per giver
// (whose node is in the key already), never one from an actor to itself.
// Actors first, in id order: GDS numbers its nodes as they come, and Louvain
// visits them in that order.
// @mode read
// @engine neo4j
// @param graph  the name the graph gets in the catalog (one per server and data version)
CALL () {
  MATCH (a:Actor)
  RETURN a AS source, null AS target, null AS weight
  ORDER BY a.id
  UNION ALL
  CALL () {
    MATCH (a:Actor)-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(b:Actor)
    WHERE a.id < b.id AND coalesce(p.status, 'ESTABLISHED') = 'ESTABLISHED'
    WITH DISTINCT p, a, b
    RETURN a, b
    UNION ALL
    MATCH (a:Actor)-[r:MEMBER_OF|FUNDS|SUPPORTS|RUN_BY]->(b:Actor)
    WHERE a <> b
    WITH DISTINCT type(r) AS type, r.id AS funding, a, b
    RETURN a, b
    UNION ALL
    MATCH (a:Actor)-[r:MEMBER_OF|FUNDS|SUPPORTS|RUN_BY]->(p:Partnership)<-[:PARTICIPATES_IN]-(b:Actor)
    WHERE a <> b AND coalesce(p.status, 'ESTABLISHED') = 'ESTABLISHED'
    WITH DISTINCT type(r) AS type, r.id AS funding, p, a, b
    RETURN a, b
  }
  WITH CASE WHEN a.id < b.id THEN a ELSE b END AS source, CASE WHEN a.id < b.id THEN b ELSE a END AS target, count(*) AS weight
  RETURN source, target, weight
}
WITH gds.graph.project($graph, source, target, {relationshipProperties: CASE WHEN target IS NULL THEN {} ELSE {weight: toFloat(weight)} END}, {undirectedRelationshipTypes: ['*']}) AS projected
RETURN projected.nodeCount AS nodes, projected.relationshipCount AS relationships

// Every relationship that starts or ends at the given actors or partnerships,
// in both directions, with its properties: what a mutation must check (a
// membership already stated), add its sources to, replace or delete with them.
// @mode read
// @param ids  actor or partnership ids
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (p:Partnership {id: id})
WITH id, coalesce(a, p) AS n
WHERE n IS NOT NULL
MATCH (n)-[r]-()
RETURN id, type(r) AS type, startNode(r).id AS actor, endNode(r).id AS target, properties(r) AS props
ORDER BY id, type, actor, target

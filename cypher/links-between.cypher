// The relationships the graph already holds from one node to another, with
// their properties: an import adds its sources to theirs instead of replacing them.
// @mode read
// @param pairs  [{actor, target}]: the id of the actor the relationship starts from, and of the node it goes to
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.actor})-[r]->(b)
WHERE b.id = pair.target
RETURN pair.actor AS actor, pair.target AS target, type(r) AS type, properties(r) AS props

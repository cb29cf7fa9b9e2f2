// Actors by id, for batched lookups (one round trip per request level).
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, properties(a) AS props, labels(a) AS labels

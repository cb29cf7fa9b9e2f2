// The cities, partnerships, associations and networks each programme or organisation supports.
// @mode read
// @param ids  programme or organisation ids
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:SUPPORTS]->(t)
RETURN id, t.id AS target, t:Partnership AS isPartnership
ORDER BY id, t.id

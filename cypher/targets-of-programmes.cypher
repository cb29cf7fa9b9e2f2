// The cities, partnerships, associations and networks each programme supports.
// @mode read
// @param ids  programme ids
UNWIND $ids AS id
MATCH (:Programme {id: id})-[:SUPPORTS]->(t)
RETURN id, t.id AS target, t:Partnership AS isPartnership
ORDER BY id, t.id

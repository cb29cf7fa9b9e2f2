// The relationships of one type that start at the given actors, with the id
// of the node each one goes to and its properties, for `npm run export`. A
// relationship type cannot be a parameter, so the type is matched through type().
// @mode read
// @param ids  actor ids
// @param type  MEMBER_OF, FUNDS, SUPPORTS or RUN_BY
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r]->(n)
WHERE type(r) = $type
RETURN id AS from, n.id AS to, properties(r) AS props

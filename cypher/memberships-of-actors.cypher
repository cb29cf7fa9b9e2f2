// The associations and networks each actor is a member of.
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MEMBER_OF]->(o:Actor)
RETURN id, o.id AS organisation
ORDER BY id, o.name

// The associations and networks each actor is a member of, with the
// membership's provenance.
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r:MEMBER_OF]->(o:Actor)
RETURN id, id AS member, o.id AS organisation, properties(r) AS props
ORDER BY id, o.name, o.id

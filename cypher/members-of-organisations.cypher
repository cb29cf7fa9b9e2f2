// The members of each association or network.
// @mode read
// @param ids  association or network ids
UNWIND $ids AS id
MATCH (m:Actor)-[:MEMBER_OF]->(:Actor {id: id})
RETURN id, m.id AS member
ORDER BY id, m.name

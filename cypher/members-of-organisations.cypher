// The members of each association or network, with the membership's
// provenance.
// @mode read
// @param ids  association or network ids
UNWIND $ids AS id
MATCH (m:Actor)-[r:MEMBER_OF]->(:Actor {id: id})
RETURN id, m.id AS member, id AS organisation, properties(r) AS props
ORDER BY id, m.name

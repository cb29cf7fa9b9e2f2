// The members of each association or network, with the membership's
// provenance.
// @mode read
// @param ids  association or network ids
UNWIND $ids AS id
// From the organisation, by its id index (see participants-of-partnerships).
MATCH (:Actor {id: id})<-[r:MEMBER_OF]-(m:Actor)
RETURN id, m.id AS member, id AS organisation, properties(r) AS props
ORDER BY id, m.name, m.id

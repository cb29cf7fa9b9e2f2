// The participations of the given partnerships with their properties (the
// role and its own provenance), for `npm run export`. The pattern starts from
// the partnership, found by its id index (participants-of-partnerships says why).
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (:Partnership {id: id})<-[r:PARTICIPATES_IN]-(a:Actor)
RETURN id AS partnership, a.id AS actor, properties(r) AS props

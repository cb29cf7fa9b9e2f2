// The participations of the given partnerships with their properties (the
// role and its own provenance), for `npm run export`. The pattern starts from
// the partnership, found by its id index (participants-of-partnerships says
// why). The partnership is named: left anonymous, Neo4j 5.26 planned a scan of
// the whole index for each id (2,000 partnerships of 6,400: 2.7 s, 0.2 s named).
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (p:Partnership {id: id})<-[r:PARTICIPATES_IN]-(a:Actor)
RETURN id AS partnership, a.id AS actor, properties(r) AS props

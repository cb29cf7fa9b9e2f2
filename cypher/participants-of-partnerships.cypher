// The participants of each partnership with their role, cities first.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (a:Actor)-[r:PARTICIPATES_IN]->(:Partnership {id: id})
RETURN id, a.id AS actor, r.role AS role
ORDER BY id, a.kind, a.name

// Which of the given ids the graph already holds, for an import that may refer
// to them or update them: each one found, with its kind (an actor's kind, or
// PARTNERSHIP), whether it also funds others, and its properties (whose
// provenance the import adds to instead of replacing). Two plain MATCHes
// joined by UNION ALL: Grafeo looks an OPTIONAL MATCH up without the id index.
// @mode read
// @param ids  actor or partnership ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, a.kind AS kind, 'Donor' IN labels(a) AS donor, properties(a) AS props
UNION ALL
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, 'PARTNERSHIP' AS kind, false AS donor, properties(p) AS props

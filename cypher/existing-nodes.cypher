// Which of the given ids the graph already holds, for an import that may refer
// to them or update them: each one found, with its kind (an actor's kind, or
// PARTNERSHIP), whether it also funds others, and its properties (whose
// provenance the import adds to instead of replacing).
// @mode read
// @param ids  actor or partnership ids
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (p:Partnership {id: id})
WITH id, coalesce(a, p) AS n
WHERE n IS NOT NULL
RETURN id, coalesce(n.kind, 'PARTNERSHIP') AS kind, 'Donor' IN labels(n) AS donor, properties(n) AS props

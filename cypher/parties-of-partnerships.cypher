// The participants and funders partnerships already have, with their kind and
// country: an import that adds to a partnership derives its orientation from
// all of its parties, not only the ones in the file.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (a:Actor)-[r:PARTICIPATES_IN|FUNDS]->(:Partnership {id: id})
RETURN id, a.id AS actor, a.kind AS kind, a.country AS country, 'Donor' IN labels(a) AS donor, type(r) AS link

// The id and kind of every actor and partnership, and whether an actor also
// funds others (the Donor label): `npm run export` reads the ids once, sorts
// them, and then reads the nodes and their relationships a page of ids at a
// time, so that a large store is never held as rows at once.
// @mode read
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, 'Donor' IN labels(a) AS donor
UNION ALL
MATCH (p:Partnership)
RETURN p.id AS id, 'PARTNERSHIP' AS kind, false AS donor

// The participants and funders partnerships already have, with their kind and
// country: an import that adds to a partnership derives its orientation from
// all of its parties, not only the ones in the file. The pattern starts from
// the partnership (looked up by its id index): written from the actor's side,
// Grafeo scanned every actor, and 2,000 partnerships of a 17k-city store took
// over a minute instead of 0.05 s.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (:Partnership {id: id})<-[r:PARTICIPATES_IN|FUNDS]-(a:Actor)
RETURN id, a.id AS actor, a.kind AS kind, a.country AS country, 'Donor' IN labels(a) AS donor, type(r) AS link

// What search matches and ranks on, for every actor: the in-memory name index
// (server/graphql/name-search.ts) reads it once per data version, so that a
// search does not evaluate CONTAINS on every actor node (2 s at 100k cities).
// @mode read
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.nameKey AS nameKey, a.kind AS kind

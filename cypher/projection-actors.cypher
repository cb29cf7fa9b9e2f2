// Every actor with what the graph-wide views and the analytics select and
// colour by: one read for the whole in-memory projection (server/analytics).
// @mode read
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.region AS region, a.country AS country,
       a.population AS population, a.startYear AS startYear, a.endYear AS endYear
ORDER BY id

// Every actor with what the graph-wide views and the analytics select and
// colour by: one read for the whole in-memory projection (server/analytics).
// A programme's modalities and funding sources are facets of the support
// behind partnerships; a city's declared seeks and offers feed the fair.
// @mode read
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.region AS region, a.country AS country,
       a.population AS population, a.startYear AS startYear, a.endYear AS endYear,
       a.donorType AS donorType, coalesce(a.modalities, []) AS modalities, coalesce(a.fundingSources, []) AS fundingSources,
       coalesce(a.cooperationOffers, []) AS cooperationOffers
ORDER BY id

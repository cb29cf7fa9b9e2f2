// Cities that share at least one partnership with each city.
// @mode read
// @param ids  city ids
UNWIND $ids AS id
MATCH (c:City {id: id})-[:PARTICIPATES_IN]->(:Partnership)<-[:PARTICIPATES_IN]-(partner:City)
WHERE partner <> c
RETURN DISTINCT id, partner.id AS partner, partner.name AS name
ORDER BY id, name

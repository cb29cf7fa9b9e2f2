// Cities that share at least one partnership with each city. Cypher never
// traverses one relationship twice in a pattern, so a city is not its own partner.
// @mode read
// @param ids  city ids
UNWIND $ids AS id
MATCH (c:City {id: id})-[:PARTICIPATES_IN]->(:Partnership)<-[:PARTICIPATES_IN]-(partner:City)
RETURN DISTINCT id, partner.id AS partner, partner.name AS name
ORDER BY id, name

// Cities that share at least one partnership with each city, with their
// properties: the partners' nodes come with them rather than from a second
// round trip (actors-by-ids). Cypher never traverses one relationship twice
// in a pattern, so a city is not its own partner.
// @mode read
// @param ids  city ids
UNWIND $ids AS id
MATCH (c:City {id: id})-[:PARTICIPATES_IN]->(:Partnership)<-[:PARTICIPATES_IN]-(partner:City)
WITH DISTINCT id, partner
ORDER BY id, partner.name, partner.id
RETURN id, partner.id AS partner, properties(partner) AS props

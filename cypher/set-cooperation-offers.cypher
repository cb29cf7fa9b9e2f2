// Replaces a city's declared seeks and offers (server/analytics/declared-offers.ts:
// one JSON text per declaration); an empty list removes the property.
// @mode write
// @param id      the city's id
// @param offers  the declarations, as stored
MATCH (c:City {id: $id})
SET c.cooperationOffers = CASE WHEN size($offers) = 0 THEN null ELSE $offers END
RETURN count(c) AS written

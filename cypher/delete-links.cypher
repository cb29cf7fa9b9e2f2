// Deletes relationships named by their ends and type (and, for a funding, its
// id, since one donor may fund one recipient several times). A relationship
// type cannot be a parameter, so it is compared through type().
// @mode write
// @param links  [{actor, target, type, id}]: start id, end id, relationship type, and the funding id or null
UNWIND $links AS link
MATCH (a:Actor {id: link.actor})-[r]->(b)
WHERE b.id = link.target AND type(r) = link.type AND (link.id IS NULL OR r.id = link.id)
DELETE r
RETURN count(*) AS written

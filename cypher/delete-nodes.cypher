// Deletes actors and partnerships with every relationship they have.
// @mode write
// @param ids  actor or partnership ids
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (p:Partnership {id: id})
WITH coalesce(a, p) AS n
WHERE n IS NOT NULL
DETACH DELETE n
RETURN count(*) AS written

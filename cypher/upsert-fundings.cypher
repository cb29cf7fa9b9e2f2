// Records who funds what: a donor funds an actor or a partnership. Keyed by
// the funding's id, since one donor may fund one recipient several times.
// @mode write
// @param rows  [{id, donor, recipient, props}]
UNWIND $rows AS row
MATCH (d:Donor {id: row.donor})
OPTIONAL MATCH (actor:Actor {id: row.recipient})
OPTIONAL MATCH (partnership:Partnership {id: row.recipient})
WITH row, d, coalesce(actor, partnership) AS t
WHERE t IS NOT NULL
MERGE (d)-[r:FUNDS {id: row.id}]->(t)
SET r += row.props
RETURN count(r) AS written

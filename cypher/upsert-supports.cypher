// Records which programme supports which city, partnership, association or network.
// @mode write
// @param rows  [{programme, target, props}]
UNWIND $rows AS row
MATCH (g:Programme {id: row.programme})
OPTIONAL MATCH (actor:Actor {id: row.target})
OPTIONAL MATCH (partnership:Partnership {id: row.target})
WITH row, g, coalesce(actor, partnership) AS t
WHERE t IS NOT NULL
MERGE (g)-[r:SUPPORTS]->(t)
SET r += row.props
RETURN count(r) AS written

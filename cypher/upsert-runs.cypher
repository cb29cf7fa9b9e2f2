// Records who runs or administers a programme.
// @mode write
// @param rows  [{programme, runner, props}]
UNWIND $rows AS row
MATCH (g:Programme {id: row.programme})
MATCH (o:Actor {id: row.runner})
MERGE (g)-[r:RUN_BY]->(o)
SET r += row.props
RETURN count(r) AS written

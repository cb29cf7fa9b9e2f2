// Records who runs or administers a programme.
// The MERGE starts from the runner's side of few RUN_BY relationships, not from the
// programme's thousands of SUPPORTS: Grafeo checks for an existing relationship
// by scanning the first node's relationships.
// @mode write
// @param rows  [{programme, runner, props}]
UNWIND $rows AS row
MATCH (g:Programme {id: row.programme})
MATCH (o:Actor {id: row.runner})
MERGE (o)<-[r:RUN_BY]-(g)
SET r += row.props
RETURN count(r) AS written

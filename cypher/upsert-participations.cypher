// Links actors to the partnerships they take part in, with their role.
// @mode write
// @param rows  [{actor, partnership, props}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (p:Partnership {id: row.partnership})
MERGE (a)-[r:PARTICIPATES_IN]->(p)
SET r += row.props
RETURN count(r) AS written

// The partnerships each actor takes part in, oldest first.
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:PARTICIPATES_IN]->(p:Partnership)
RETURN id, p.id AS partnership
ORDER BY id, p.startYear, p.title, partnership

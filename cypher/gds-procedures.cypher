// The Graph Data Science procedures this Neo4j has: none where GDS is not
// installed. Asked once per store (server/store/neo4j.ts); SHOW PROCEDURES
// answers either way, where calling one that is missing would fail.
// @mode read
// @engine neo4j
SHOW PROCEDURES YIELD name
WHERE name STARTS WITH 'gds.'
RETURN collect(name) AS names

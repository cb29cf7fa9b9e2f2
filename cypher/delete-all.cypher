// Empties the database: `npm run seed -- --reset` and the tests. Neo4j's Writes
// node stays, so that its count of commits only grows (begin-write.cypher).
// @mode write
MATCH (n)
WHERE NOT n:Writes
DETACH DELETE n
RETURN count(*) AS deleted

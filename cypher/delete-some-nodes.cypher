// Deletes up to $limit nodes with their relationships: server/store/empty-store.ts runs
// it until none is left, so that emptying a large store is a series of bounded
// transactions (Neo4j holds a transaction's deletions in memory until it
// commits, and refuses a million relationships in one). Neo4j's Writes node
// stays, so that its count of commits only grows (begin-write.cypher).
// @mode write
// @param limit  at most this many nodes
MATCH (n)
WHERE NOT n:Writes
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted

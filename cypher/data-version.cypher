// The count of write transactions the database has committed (begin-write.cypher
// adds one in each): every server on the database looks at it a few times a
// second, and when it has moved, another server has written and the caches of
// what is derived from the whole graph are rebuilt.
// @mode read
// @engine neo4j
OPTIONAL MATCH (writes:Writes {id: 'graph'})
RETURN coalesce(writes.commits, 0) AS commits

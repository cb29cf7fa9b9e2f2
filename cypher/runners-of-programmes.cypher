// Who runs each programme.
// @mode read
// @param ids  programme ids
UNWIND $ids AS id
MATCH (:Programme {id: id})-[:RUN_BY]->(o:Actor)
RETURN id, o.id AS runner
ORDER BY id, o.name, runner

// The programmes each actor runs or administers.
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
MATCH (g:Programme)-[:RUN_BY]->(:Actor {id: id})
RETURN id, g.id AS programme, g.name AS name
ORDER BY id, name

// The programmes each actor runs or administers.
// @mode read
// @param ids  actor ids
UNWIND $ids AS id
// From the actor, by its id index (see participants-of-partnerships).
MATCH (:Actor {id: id})<-[:RUN_BY]-(g:Programme)
RETURN id, g.id AS programme, g.name AS name
ORDER BY id, name, programme

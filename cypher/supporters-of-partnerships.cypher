// The programmes that support each partnership.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
// From the partnership, by its id index (see participants-of-partnerships).
MATCH (:Partnership {id: id})<-[:SUPPORTS]-(g:Programme)
RETURN id, g.id AS programme, g.name AS name
ORDER BY id, name, programme

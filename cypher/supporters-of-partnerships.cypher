// The programmes that support each partnership.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (g:Programme)-[:SUPPORTS]->(:Partnership {id: id})
RETURN id, g.id AS programme, g.name AS name
ORDER BY id, name

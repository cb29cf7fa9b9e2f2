// Partnerships by id, for batched lookups.
// @mode read
// @param ids  partnership ids
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, properties(p) AS props

// Creates or updates organisations (NGOs, universities, professional bodies, agencies, firms) by id (idempotent).
// @mode write
// @param rows  [{id, props}]: props replace the stored values, a null removes one
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
SET n:Actor, n += row.props
RETURN count(n) AS written

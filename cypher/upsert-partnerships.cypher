// Creates or updates partnerships by id (idempotent).
// @mode write
// @param rows  [{id, props}]: props replace the stored values, a null removes one
UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
SET p += row.props
RETURN count(p) AS written

// Creates or updates donors by id (idempotent: running it twice changes nothing).
// @mode write
// @param rows  [{id, props}]: props replace the stored values, a null removes one
UNWIND $rows AS row
MERGE (n:Donor {id: row.id})
SET n:Actor, n += row.props
RETURN count(n) AS written

// Answers one row: used by /health to check that the database responds.
// @mode read
RETURN 1 AS ok

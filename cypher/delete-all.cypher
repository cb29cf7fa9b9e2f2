// Empties the database: `npm run seed -- --reset` and the store contract suite.
// @mode write
MATCH (n)
DETACH DELETE n
RETURN count(*) AS deleted

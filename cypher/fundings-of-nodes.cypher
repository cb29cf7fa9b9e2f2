// Every funding a node gives or receives: donors' fundings and the fundings
// of cities, partnerships, programmes, associations and networks.
// @mode read
// @param ids  actor or partnership ids
UNWIND $ids AS id
MATCH (d:Donor)-[f:FUNDS]->(t)
WHERE d.id = id OR t.id = id
RETURN id, d.id AS donor, t.id AS recipient, properties(f) AS props
ORDER BY id, f.startYear, d.name

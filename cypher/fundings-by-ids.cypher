// Fundings by their id, with the donor and the recipient they join.
// @mode read
// @param ids  funding ids
UNWIND $ids AS id
MATCH (d:Donor)-[f:FUNDS {id: id}]->(t)
RETURN id, d.id AS donor, t.id AS recipient, properties(f) AS props

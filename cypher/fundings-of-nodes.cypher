// Every funding a node gives or receives: donors' fundings and the fundings
// of cities, partnerships, programmes, associations and networks.
// @mode read
// @param ids  actor or partnership ids
UNWIND $ids AS id
// One branch per side, each starting from the node by its id index: one
// pattern with `d.id = id OR t.id = id` read every funding for each id.
// The scoped CALL (id) { ... } needs Neo4j 5.23 or later.
CALL (id) {
  MATCH (d:Donor {id: id})-[f:FUNDS]->(t) RETURN d, f, t
  UNION
  MATCH (t:Actor {id: id})<-[f:FUNDS]-(d:Donor) RETURN d, f, t
  UNION
  MATCH (t:Partnership {id: id})<-[f:FUNDS]-(d:Donor) RETURN d, f, t
}
RETURN id, d.id AS donor, t.id AS recipient, properties(f) AS props
ORDER BY id, f.startYear, d.name, t.id, f.id

// Records who funds what: a donor funds an actor or a partnership. Keyed by
// the funding's id, since one donor may fund one recipient several times.
// The recipient is looked up by two plain MATCHes joined by UNION ALL (one of
// them finds it): Grafeo looks an OPTIONAL MATCH up without the id index, which
// made a large import quadratic (2,000 fundings into 25,000 nodes: 21 s; this: 0.1 s).
// The MERGE starts from the recipient: Grafeo checks for an existing
// relationship by scanning the first node's relationships, and a large donor
// funds thousands (from the donor, 15,000 fundings of one donor took 30 s).
// The scoped CALL (row) { ... } needs Neo4j 5.23 or later.
// @mode write
// @param rows  [{id, donor, recipient, props}]
UNWIND $rows AS row
MATCH (d:Donor {id: row.donor})
CALL (row) {
  MATCH (actor:Actor {id: row.recipient})
  RETURN actor AS t
  UNION ALL
  MATCH (partnership:Partnership {id: row.recipient})
  RETURN partnership AS t
}
MERGE (t)<-[r:FUNDS {id: row.id}]-(d)
SET r += row.props
RETURN count(r) AS written

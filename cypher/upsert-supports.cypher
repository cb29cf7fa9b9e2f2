// Records which programme or organisation supports which city, partnership, association or network.
// The target is looked up by two plain MATCHes joined by UNION ALL (one of them
// finds it): Grafeo looks an OPTIONAL MATCH up without the id index, which made
// a large import quadratic.
// The MERGE starts from the target, which a few programmes support, not from
// the programme, which supports thousands: Grafeo checks for an existing
// relationship by scanning the first node's relationships.
// The scoped CALL (row) { ... } needs Neo4j 5.23 or later.
// @mode write
// @param rows  [{programme, target, props}]
UNWIND $rows AS row
MATCH (g:Actor {id: row.programme})
WHERE g:Programme OR g:Organisation
CALL (row) {
  MATCH (actor:Actor {id: row.target})
  RETURN actor AS t
  UNION ALL
  MATCH (partnership:Partnership {id: row.target})
  RETURN partnership AS t
}
MERGE (t)<-[r:SUPPORTS]-(g)
SET r += row.props
RETURN count(r) AS written

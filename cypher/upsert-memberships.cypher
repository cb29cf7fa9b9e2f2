// Links members (cities, associations) to the associations and networks they belong to.
// The MERGE starts from the member, which belongs to a few organisations, not
// from a network of thousands of members: Grafeo checks for an existing
// relationship by scanning the first node's relationships.
// @mode write
// @param rows  [{member, organisation, props}]
UNWIND $rows AS row
MATCH (m:Actor {id: row.member})
MATCH (o:Actor {id: row.organisation})
MERGE (m)-[r:MEMBER_OF]->(o)
SET r += row.props
RETURN count(r) AS written

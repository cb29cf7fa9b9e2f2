// Links actors to the partnerships they take part in, with their role.
// The MERGE starts from the partnership: Grafeo checks for an existing
// relationship by scanning the first node's relationships, and a partnership
// has a handful of participants where a hub city has a thousand partnerships.
// @mode write
// @param rows  [{actor, partnership, props}]
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (p:Partnership {id: row.partnership})
MERGE (p)<-[r:PARTICIPATES_IN]-(a)
SET r += row.props
RETURN count(r) AS written

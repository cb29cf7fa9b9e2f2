// Takes the Donor label from cities and associations that no longer fund
// others (their donorType was cleared); their own label stays.
// @mode write
// @param ids  actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE a.kind <> 'DONOR'
REMOVE a:Donor
RETURN count(a) AS written

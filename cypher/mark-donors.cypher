// Gives the Donor label to actors of another kind that also fund others
// (a city such as Barcelona with its 0.7 %), so that one real actor stays one node.
// @mode write
// @param ids  actor ids
UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a:Donor
RETURN count(a) AS written

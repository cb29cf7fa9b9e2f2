// How many relationships of each type the graph holds (for the seed summary).
// @mode read
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
ORDER BY type

// The one Writes node (begin-write.cypher) stays one: the constraint makes
// concurrent first MERGEs of it wait for each other instead of making two.
// @mode write
// @engine neo4j
CREATE CONSTRAINT writes_id_unique IF NOT EXISTS FOR (n:Writes) REQUIRE n.id IS UNIQUE

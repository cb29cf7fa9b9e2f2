// Every Partnership has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT partnership_id_unique IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE

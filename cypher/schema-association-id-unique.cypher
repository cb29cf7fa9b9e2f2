// Every Association has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT association_id_unique IF NOT EXISTS FOR (n:Association) REQUIRE n.id IS UNIQUE

// Every Network has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT network_id_unique IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE

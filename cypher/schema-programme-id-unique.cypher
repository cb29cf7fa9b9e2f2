// Every Programme has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT programme_id_unique IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE

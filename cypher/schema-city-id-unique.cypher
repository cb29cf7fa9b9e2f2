// Every City has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT city_id_unique IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE

// Every Organisation has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE

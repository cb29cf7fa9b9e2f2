// Every Actor has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE

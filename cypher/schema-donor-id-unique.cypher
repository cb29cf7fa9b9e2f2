// Every Donor has a unique id; the constraint also indexes lookups by id.
// @mode write
CREATE CONSTRAINT donor_id_unique IF NOT EXISTS FOR (n:Donor) REQUIRE n.id IS UNIQUE

// An index on the ids of Donor nodes, for the embedded engine only: Grafeo
// does not look MERGE up (nor check uniqueness) through the constraint's own
// index, so without this an upsert scans every Donor node and a large
// import slows down quadratically. Neo4j's constraint already indexes the id.
// @mode write
// @engine embedded
CREATE INDEX donor_id_index IF NOT EXISTS FOR (n:Donor) ON (n.id)

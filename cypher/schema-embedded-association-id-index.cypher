// An index on the ids of Association nodes, for the embedded engine only: Grafeo
// does not look MERGE up (nor check uniqueness) through the constraint's own
// index, so without this an upsert scans every Association node and a large
// import slows down quadratically. Neo4j's constraint already indexes the id.
// @mode write
// @engine embedded
CREATE INDEX association_id_index IF NOT EXISTS FOR (n:Association) ON (n.id)

// An index on the ids of Organisation nodes, for the embedded engine only: Grafeo
// does not look MERGE up (nor check uniqueness) through the constraint's own
// index, so without this an upsert scans every Organisation node and a large
// import slows down quadratically. Neo4j's constraint already indexes the id.
// @mode write
// @engine embedded
CREATE INDEX organisation_id_index IF NOT EXISTS FOR (n:Organisation) ON (n.id)

// An index on the ids of City nodes, for the embedded engine only: Grafeo
// does not look MERGE up (nor check uniqueness) through the constraint's own
// index, so without this an upsert scans every City node and a large
// import slows down quadratically. Neo4j's constraint already indexes the id.
// @mode write
// @engine embedded
CREATE INDEX city_id_index IF NOT EXISTS FOR (n:City) ON (n.id)

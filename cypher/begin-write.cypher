// The first statement of every write transaction on Neo4j: counts the write
// transactions the database has committed, and so takes the exclusive lock of
// the one Writes node until this transaction ends. Write transactions thus run
// one at a time, as the embedded engine queues them, across every API server
// on the database: a mutation that reads before it writes (is this city
// already a member? which notes does it hold?) decides on what the writer
// before it committed, which Neo4j's read-committed isolation alone would not
// give. Reads take no lock and never wait.
// @mode write
// @engine neo4j
MERGE (writes:Writes {id: 'graph'})
SET writes.commits = coalesce(writes.commits, 0) + 1
RETURN writes.commits AS commits

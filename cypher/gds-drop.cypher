// Removes a projected actor graph from GDS's catalog once its partitions are
// read: the catalog lives on the JVM's heap. Nothing if it is gone already.
// @mode read
// @engine neo4j
// @param graph  the projected graph's name
CALL gds.graph.drop($graph, false)
YIELD graphName
RETURN graphName

// Each actor's community in one partition kept on a projected actor graph
// (gds-louvain's `louvain`, gds-wcc's `component`), by the actor's id.
// @mode read
// @engine neo4j
// @param graph     the projected graph's name
// @param property  louvain or component
CALL gds.graph.nodeProperty.stream($graph, $property)
YIELD nodeId, propertyValue
RETURN gds.util.asNode(nodeId).id AS id, propertyValue AS community

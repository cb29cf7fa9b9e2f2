// Weakly connected components of a projected actor graph (gds-project-actors),
// each actor's kept on the graph as `component`, with the partition's
// modularity (weighted, as the server's) from GDS's modularity procedure.
// @mode read
// @engine neo4j
// @param graph  the projected graph's name
CALL gds.wcc.mutate($graph, {mutateProperty: 'component'})
YIELD componentCount
CALL gds.modularity.stats($graph, {communityProperty: 'component', relationshipWeightProperty: 'weight'})
YIELD modularity
RETURN modularity

// Louvain on a projected actor graph (gds-project-actors), each actor's
// community kept on the graph as `louvain`. One thread: with more, GDS's
// Louvain may answer differently from one run to the next, and cluster ids
// must stay put while the data does.
// @mode read
// @engine neo4j
// @param graph  the projected graph's name
CALL gds.louvain.mutate($graph, {mutateProperty: 'louvain', relationshipWeightProperty: 'weight', concurrency: 1})
YIELD modularity
RETURN modularity

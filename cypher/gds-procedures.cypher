// Which of the Graph Data Science procedures the analyses call this Neo4j
// has (server/analytics/gds-clusters.ts): all of them where GDS 2.x is
// installed, none where it is not. SHOW PROCEDURES answers either way, where
// calling one that is missing would fail the whole statement.
// @mode read
// @engine neo4j
SHOW PROCEDURES YIELD name
WHERE name IN ['gds.louvain.mutate', 'gds.wcc.mutate', 'gds.modularity.stats', 'gds.graph.nodeProperty.stream', 'gds.graph.drop']
RETURN collect(name) AS names

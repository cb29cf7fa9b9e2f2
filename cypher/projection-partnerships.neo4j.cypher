// projection-partnerships on Neo4j: the same rows, read from each partnership
// in the order of the id index (no sort of the whole set), each one's
// participants by a short expansion from it (a COLLECT subquery, which
// Grafeo does not parse). At 100,000 synthetic cities this took the JVM about
// 8 s of CPU instead of 11 to 14 s (README, "Neo4j at scale").
// @mode read
// @engine neo4j
MATCH (p:Partnership)
WHERE p.id IS NOT NULL
RETURN p.id AS id, p.title AS title, p.themes AS themes, p.orientation AS orientation, p.startYear AS startYear, p.endYear AS endYear,
       coalesce(p.status, 'ESTABLISHED') AS status, p.modality AS modality,
       coalesce(p.parties, []) AS parties, coalesce(p.focus, []) AS focus,
       COLLECT {
         MATCH (a:Actor)-[r:PARTICIPATES_IN]->(p)
         WITH a.id AS actor, r.role AS role
         ORDER BY actor
         RETURN [actor, role]
       } AS participations
ORDER BY id

// Every partnership with its participants and what the views filter by.
// @mode read
MATCH (p:Partnership)
RETURN p.id AS id, p.themes AS themes, p.orientation AS orientation, p.startYear AS startYear, p.endYear AS endYear,
       [(a:Actor)-[:PARTICIPATES_IN]->(p) | a.id] AS participants
ORDER BY id

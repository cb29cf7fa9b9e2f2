// Every partnership with its participants (id and role) and what the views
// and analyses filter by.
// @mode read
MATCH (p:Partnership)
RETURN p.id AS id, p.title AS title, p.themes AS themes, p.orientation AS orientation, p.startYear AS startYear, p.endYear AS endYear,
       [(a:Actor)-[r:PARTICIPATES_IN]->(p) | [a.id, r.role]] AS participations
ORDER BY id

// Every partnership with its participants (id and role, in id order: the
// engines store them in orders of their own) and what the views and analyses
// filter by. One pass over the participations: a pattern comprehension per
// partnership would rescan the actors for each one.
// @mode read
MATCH (a:Actor)-[r:PARTICIPATES_IN]->(p:Partnership)
WITH p, a, r
ORDER BY a.id
WITH p, collect([a.id, r.role]) AS participations
RETURN p.id AS id, p.title AS title, p.themes AS themes, p.orientation AS orientation, p.startYear AS startYear, p.endYear AS endYear,
       coalesce(p.status, 'ESTABLISHED') AS status, p.modality AS modality,
       coalesce(p.parties, []) AS parties, coalesce(p.focus, []) AS focus,
       participations
ORDER BY id

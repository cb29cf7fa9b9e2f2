// Every partnership with what the views and analyses filter by, in id order;
// who takes part is read apart (projection-participations): a partnership's
// participants gathered in the store cost a sort of every participation
// (Grafeo) or a subquery per partnership (Neo4j), and over a third of the
// projection's read at 100,000 cities.
// @mode read
MATCH (p:Partnership)
WHERE p.id IS NOT NULL
RETURN p.id AS id, p.title AS title, p.themes AS themes, p.orientation AS orientation, p.startYear AS startYear, p.endYear AS endYear,
       coalesce(p.status, 'ESTABLISHED') AS status, p.modality AS modality,
       coalesce(p.parties, []) AS parties, coalesce(p.focus, []) AS focus
ORDER BY id

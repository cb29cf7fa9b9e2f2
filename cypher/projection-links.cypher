// Every membership, funding, support and running relationship, by the ids it
// joins (the target may be a partnership: its participants are reached through it),
// and whether the sources state it or only imply it (inferred).
// @mode read
MATCH (a:Actor)-[r:MEMBER_OF|FUNDS|SUPPORTS|RUN_BY]->(b)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.id AS fundingId, r.startYear AS startYear, r.endYear AS endYear,
       coalesce(r.inferred, false) AS inferred
ORDER BY type, source, target, fundingId

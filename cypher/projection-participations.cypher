// Who takes part in each partnership, and in what role: one row per
// participation, in no order (the projection puts each partnership's
// participants in id order itself: the engines store them in orders of their own).
// @mode read
MATCH (a:Actor)-[r:PARTICIPATES_IN]->(p:Partnership)
RETURN p.id AS partnership, a.id AS actor, r.role AS role

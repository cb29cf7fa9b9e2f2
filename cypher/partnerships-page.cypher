// One page of partnerships, by title, with the filters of PartnershipWhere,
// and the total. Active in a year: a known start year at or before it and no
// end year before it. The participants are matched from the partnership:
// from the city side the embedded engine scanned every city per partnership
// (over 30 s for 9,600 partnerships of 3,000 cities; 50 ms this way).
// @mode read
// @param theme  Theme or null
// @param orientation  Orientation or null
// @param modality  LinkingModality or null
// @param region  Region of at least one participating city, or null
// @param activeInYear  year or null
// @param participantId  id of a participating actor, or null
// @param status  PartnershipStatus or null (a partnership stored without one is ESTABLISHED)
// @param skip  rows to skip
// @param limit  rows to return
MATCH (p:Partnership)
WHERE ($theme IS NULL OR $theme IN p.themes)
  AND ($orientation IS NULL OR p.orientation = $orientation)
  AND ($modality IS NULL OR p.modality = $modality)
  AND ($activeInYear IS NULL OR (p.startYear <= $activeInYear AND coalesce(p.endYear, $activeInYear) >= $activeInYear))
  AND ($region IS NULL OR EXISTS { MATCH (p)<-[:PARTICIPATES_IN]-(c:City) WHERE c.region = $region })
  AND ($status IS NULL OR coalesce(p.status, 'ESTABLISHED') = $status)
  AND ($participantId IS NULL OR EXISTS { MATCH (:Actor {id: $participantId})-[:PARTICIPATES_IN]->(p) })
WITH p ORDER BY p.title, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS page

// One page of the cities of one country, by name, with the other filters of
// CityWhere, and the total. A statement of its own rather than
// cities-page's `$country IS NULL OR ...`: a plain equality is what lets the
// engines find the country's cities through the city_country index, so a
// page sorts that country's cities, not every city of the graph (at 100,000
// cities, 3 ms instead of 100 ms for the embedded engine).
// @mode read
// @param country  ISO code
// @param region  Region or null
// @param bloc  Bloc or null
// @param ldc  boolean or null
// @param nameKey  folded name fragment or null
// @param ids  ids the city must be among (the cities at a support level), or null
// @param skip  rows to skip
// @param limit  rows to return
MATCH (c:City)
WHERE c.country = $country
  AND ($region IS NULL OR c.region = $region)
  AND ($bloc IS NULL OR c.bloc = $bloc)
  AND ($ldc IS NULL OR c.ldc = $ldc)
  AND ($nameKey IS NULL OR c.nameKey CONTAINS $nameKey)
  AND ($ids IS NULL OR c.id IN $ids)
WITH c ORDER BY c.name, c.id
WITH collect(c.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS page

// One page of cities, by name, with the filters of CityWhere but the country
// (cities-page-in-country answers those), and the total.
// @mode read
// @param region  Region or null
// @param bloc  Bloc or null
// @param ldc  boolean or null
// @param nameKey  folded name fragment or null
// @param ids  ids the city must be among (the cities at a support level), or null
// @param skip  rows to skip
// @param limit  rows to return
MATCH (c:City)
WHERE ($region IS NULL OR c.region = $region)
  AND ($bloc IS NULL OR c.bloc = $bloc)
  AND ($ldc IS NULL OR c.ldc = $ldc)
  AND ($nameKey IS NULL OR c.nameKey CONTAINS $nameKey)
  AND ($ids IS NULL OR c.id IN $ids)
WITH c ORDER BY c.name, c.id
WITH collect(c.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS page

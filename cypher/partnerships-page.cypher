// One page of partnerships, by title, with the simple filters, and the total.
// @mode read
// @param theme  Theme or null
// @param orientation  Orientation or null
// @param skip  rows to skip
// @param limit  rows to return
MATCH (p:Partnership)
WHERE ($theme IS NULL OR $theme IN p.themes)
  AND ($orientation IS NULL OR p.orientation = $orientation)
WITH p ORDER BY p.title, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS page

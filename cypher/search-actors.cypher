// Actors whose folded name or alias (nameKey: "name | alias | ...") contains
// every folded word of the search text, best first: an exact name or alias,
// then one that starts with the text, then one with a word that starts with
// it, then other matches; shorter names first within a rank.
// @mode read
// @param key  the folded search text
// @param words  its words
// @param kinds  ActorKind list, or null for every kind
// @param limit  how many at most
MATCH (a:Actor)
WHERE all(word IN $words WHERE a.nameKey CONTAINS word)
  AND ($kinds IS NULL OR a.kind IN $kinds)
WITH a, split(a.nameKey, ' | ') AS names
WITH a,
     CASE
       WHEN $key IN names THEN 0
       WHEN any(name IN names WHERE name STARTS WITH $key) THEN 1
       WHEN any(name IN names WHERE (' ' + name) CONTAINS (' ' + $key)) THEN 2
       ELSE 3
     END AS rank
ORDER BY rank, size(a.name), a.name, a.id
LIMIT $limit
RETURN a.id AS id, properties(a) AS props

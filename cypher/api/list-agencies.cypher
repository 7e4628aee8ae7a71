// A page of agencies in id order, keyset-paged. `words` (the folded words of the name asked
// for) must all occur, as whole words, in the folded name or one of the folded aliases.
// Params: $words: [string], $province (a Province id, the slug of its name), $after (an id or null), $limit
OPTIONAL MATCH (p:Province {id: $province})
WITH p.name AS provinceName
MATCH (a:Agency)
WHERE ($province IS NULL OR a.province = provinceName)
  AND any(name IN [a.folded] + coalesce(a.foldedAliases, [])
          WHERE all(w IN $words WHERE (' ' + name + ' ') CONTAINS (' ' + w + ' ')))
  AND ($after IS NULL OR a.id > $after)
RETURN a {.*, label: 'Agency'} AS agency
ORDER BY a.id
LIMIT toInteger($limit)

// A page of agencies in id order, keyset-paged. `words` (the folded words of the name asked
// for) must all occur, as whole words, in the folded name or one of the folded aliases.
// Params: $words: [string], $province, $after (an id or null), $limit
MATCH (a:Agency)
WHERE ($province IS NULL OR a.province = $province)
  AND any(name IN [a.folded] + coalesce(a.foldedAliases, [])
          WHERE all(w IN $words WHERE (' ' + name + ' ') CONTAINS (' ' + w + ' ')))
  AND ($after IS NULL OR a.id > $after)
RETURN a {.*, label: 'Agency'} AS agency
ORDER BY a.id
LIMIT toInteger($limit)

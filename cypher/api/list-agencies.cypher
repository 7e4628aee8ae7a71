// A page of agencies in id order, keyset-paged. `words` (the folded words of the name asked
// for) must all occur, as whole words, in the folded name or one of the folded aliases.
// Params: $words: [string], $province (a Province id, the slug of its name), $includeFormer (also the provinces merged into it), $kind (an AgencyKind or null), $after (an id or null), $limit
CALL () {
  OPTIONAL MATCH (p:Province {id: $province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE $includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
MATCH (a:Agency)
WHERE ($province IS NULL OR a.province IN provinceNames)
  AND ($kind IS NULL OR a.kind = $kind)
  AND any(name IN [a.folded] + coalesce(a.foldedAliases, [])
          WHERE all(w IN $words WHERE (' ' + name + ' ') CONTAINS (' ' + w + ' ')))
  AND ($after IS NULL OR a.id > $after)
RETURN a {.*, label: 'Agency'} AS agency
ORDER BY a.id
LIMIT toInteger($limit)

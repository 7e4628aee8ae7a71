// How many agencies match the filters of list-agencies. Params: $words: [string], $province (a Province id, the slug of its name), $includeFormer (also the provinces merged into it), $kind (an AgencyKind or null)
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
RETURN count(a) AS total

// How many agencies match the filters of list-agencies. Params: $words: [string], $province
MATCH (a:Agency)
WHERE ($province IS NULL OR a.province = $province)
  AND any(name IN [a.folded] + coalesce(a.foldedAliases, [])
          WHERE all(w IN $words WHERE (' ' + name + ' ') CONTAINS (' ' + w + ' ')))
RETURN count(a) AS total

// How many agencies match the filters of list-agencies. Params: $words: [string], $province (a Province id, the slug of its name)
OPTIONAL MATCH (p:Province {id: $province})
WITH p.name AS provinceName
MATCH (a:Agency)
WHERE ($province IS NULL OR a.province = provinceName)
  AND any(name IN [a.folded] + coalesce(a.foldedAliases, [])
          WHERE all(w IN $words WHERE (' ' + name + ' ') CONTAINS (' ' + w + ' ')))
RETURN count(a) AS total

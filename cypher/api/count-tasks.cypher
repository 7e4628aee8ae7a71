// How many tasks match each request (the filters of list-tasks, without paging).
// Params: $requests: [{key, document, implements, agency, role ('LEAD'|'COORDINATOR'|null),
//   includeUnits, domain, province (a Province id, the slug of its name), includeFormer, year, words: [folded word]}]
// `province` with `includeFormer` also matches the provinces merged into it (MERGED_INTO);
// `implements` is transitive; `agency` with `includeUnits` also matches its units (PART_OF,
// transitively); `year` matches tasks whose [startYear, endYear] span contains it, a missing
// end meaning open-ended ("từ năm 2022"); tasks with neither year ("Hàng năm") are left out.
UNWIND $requests AS r
CALL (r) {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: r.implements})
  RETURN collect(DISTINCT d.id) AS implementing
}
CALL (r) {
  OPTIONAL MATCH (a:Agency {id: r.agency})
  OPTIONAL MATCH (u:Agency)-[:PART_OF*1..6]->(a) WHERE r.includeUnits
  RETURN collect(DISTINCT a.id) + collect(DISTINCT u.id) AS agencies
}
CALL (r) {
  OPTIONAL MATCH (p:Province {id: r.province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE r.includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
CALL (r, implementing, agencies, provinceNames) {
  MATCH (t:Task)
  WHERE (r.document IS NULL OR t.documentId = r.document)
    AND (r.implements IS NULL OR t.documentId IN implementing)
    AND (r.province IS NULL OR t.province IN provinceNames)
    AND (r.year IS NULL OR ((t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
      AND coalesce(t.startYear, r.year) <= r.year AND r.year <= coalesce(t.endYear, r.year)))
    AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))
    AND (r.domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: r.domain}) })
    AND (r.agency IS NULL OR EXISTS {
      MATCH (t)-[x:LED_BY|COORDINATED_BY]->(a:Agency)
      WHERE a.id IN agencies
        AND (r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END)
    })
  RETURN count(t) AS total
}
RETURN r.key AS key, total

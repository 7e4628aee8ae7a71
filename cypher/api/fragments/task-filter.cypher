// Fragment (included by api/list-tasks and api/count-tasks): the predicate "task t matches
// filter r", placed after a WHERE.
// In scope: r, t, implementing, agencies, provinceNames, anchor (api/fragments/task-filter-scope).
// A candidate read from an anchor matches the anchor's filter already, so that check is left out
// for it: the agency check was most of an agency page's db hits, the implements check a third of
// a directive's.
// `implements` is transitive; `agencyKinds` stands for the agencies of those kinds (and, with
// `includeCollectives`, the collectives covering one), as `agency` does for one; `agency` with `includeUnits` also matches its units (PART_OF,
// transitively); `province` with `includeFormer` also matches the provinces merged into it
// (MERGED_INTO); `year` matches tasks whose [startYear, endYear] span contains it, a missing end
// meaning open-ended ("từ năm 2022"); tasks with neither year ("Hàng năm") are left out.
// Flags: year, words, and document-check, implements-check, province-check, domain-check,
// agency-check: some filter of the batch has it and reads its candidates from another anchor (a
// check no request needs is left out). So the predicate starts with `true`, and each check with AND.
true
// @if document-check
AND (r.document IS NULL OR anchor = 'document' OR t.documentId = r.document)
// @end
// @if implements-check
AND (r.implements IS NULL OR anchor = 'implements' OR t.documentId IN implementing)
// @end
// @if province-check
AND (r.province IS NULL OR t.province IN provinceNames)
// @end
// @if year
AND (r.year IS NULL OR ((t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
  AND coalesce(t.startYear, r.year) <= r.year AND r.year <= coalesce(t.endYear, r.year)))
// @end
// @if words
AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))
// @end
// @if domain-check
AND (r.domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: r.domain}) })
// @end
// @if agency-check
AND ((r.agency IS NULL AND r.agencyKinds IS NULL) OR anchor = 'agency' OR EXISTS {
  MATCH (t)-[x:LED_BY|COORDINATED_BY]->(a:Agency)
  WHERE a.id IN agencies
    AND (r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END)
})
// @end

// Pages of tasks, one per request, in (documentId, ordinal) order, keyset-paged, each with the
// number of tasks matching its filters over all pages (so a connection's totalCount costs no
// second query).
// Params: $requests: [{key, document, implements, agency, agencyKinds: [AgencyKind] | null,
//   includeCollectives, role ('LEAD'|'COORDINATOR'|null), includeUnits, domain, province (a
//   Province id, the slug of its name), includeFormer, year, words: [folded word],
//   after: [documentId, ordinal] | null, limit}]
// `implements` is transitive; `agencyKinds` stands for the agencies of those kinds (and, with
// `includeCollectives`, the collectives covering one), as `agency` does for one; `agency` with
// `includeUnits` also matches its units (PART_OF, transitively); `province` with `includeFormer`
// also matches the provinces merged into it (MERGED_INTO); `year` matches tasks whose [startYear,
// endYear] span contains it, a missing end meaning open-ended ("từ năm 2022"); tasks with neither
// year ("Hàng năm") are left out.
// Candidates come from the most selective filter given (its document, its agencies' assignments,
// the implementing documents, the province, the domain), through an index or a traversal; only a
// request with none of them reads every task. The other filters are then checked on those.
UNWIND $requests AS r
CALL (r) {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: r.implements})
  RETURN collect(DISTINCT d.id) AS implementing
}
CALL (r) {
  // The agency asked for, or the agencies of the kinds asked for (index agency_kind) and, with
  // includeCollectives, the collectives covering one of them (few: a scan of agencies, not tasks).
  CALL (r) {
    MATCH (a:Agency {id: r.agency})
    RETURN a
    UNION
    UNWIND coalesce(r.agencyKinds, []) AS kind
    MATCH (a:Agency {kind: kind})
    RETURN a
    UNION
    UNWIND CASE WHEN r.includeCollectives THEN coalesce(r.agencyKinds, []) ELSE [] END AS kind
    MATCH (a:Agency)
    WHERE a.isCollective AND kind IN a.coversKinds
    RETURN a
  }
  OPTIONAL MATCH (u:Agency)-[:PART_OF*1..6]->(a) WHERE r.includeUnits
  RETURN collect(DISTINCT a.id) + collect(DISTINCT u.id) AS agencies
}
CALL (r) {
  OPTIONAL MATCH (p:Province {id: r.province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE r.includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
CALL (r, implementing, agencies, provinceNames) {
  CALL (r, implementing, agencies, provinceNames) {
    MATCH (t:Task)
    WHERE t.documentId = r.document
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL THEN agencies ELSE [] END AS agencyId
    MATCH (:Agency {id: agencyId})<-[:LED_BY|COORDINATED_BY]-(t:Task)
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL THEN implementing ELSE [] END AS documentId
    MATCH (t:Task)
    WHERE t.documentId = documentId
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL THEN provinceNames ELSE [] END AS name
    MATCH (t:Task)
    WHERE t.province = name
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL AND r.province IS NULL
      THEN [r.domain] ELSE [] END AS code
    MATCH (:Domain {code: code})<-[:IN_DOMAIN]-(t:Task)
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL AND r.province IS NULL
      AND r.domain IS NULL THEN [true] ELSE [] END AS everything
    MATCH (t:Task)
    RETURN t
  }
  WITH t
  WHERE (r.document IS NULL OR t.documentId = r.document)
    AND (r.implements IS NULL OR t.documentId IN implementing)
    AND (r.province IS NULL OR t.province IN provinceNames)
    AND (r.year IS NULL OR ((t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
      AND coalesce(t.startYear, r.year) <= r.year AND r.year <= coalesce(t.endYear, r.year)))
    AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))
    AND (r.domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: r.domain}) })
    AND ((r.agency IS NULL AND r.agencyKinds IS NULL) OR EXISTS {
      MATCH (t)-[x:LED_BY|COORDINATED_BY]->(a:Agency)
      WHERE a.id IN agencies
        AND (r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END)
    })
  WITH t ORDER BY t.documentId, t.ordinal
  // LIMIT cannot read a variable: collect the ordered references, project only the page.
  WITH collect(t) AS matching
  WITH matching, [t IN matching WHERE r.after IS NULL OR t.documentId > r.after[0]
    OR (t.documentId = r.after[0] AND t.ordinal > r.after[1])] AS rest
  RETURN [t IN rest[..r.limit] | t {.*, label: 'Task'}] AS tasks, size(matching) AS total
}
RETURN r.key AS key, tasks, total

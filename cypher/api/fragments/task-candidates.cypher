// Fragment (included by api/list-tasks and api/count-tasks): the candidate tasks of a filter,
// read from its anchor through an index or a traversal; only a filter without an anchor reads
// every task. Candidates are a superset: api/fragments/task-filter then checks every filter.
// In scope: r, implementing, agencies, provinceNames, anchor (api/fragments/task-filter-scope).
// Adds: t, one row per distinct candidate.
CALL (r, implementing, agencies, provinceNames, anchor) {
  // Each branch starts from an UNWIND that is empty unless it is the anchor's, so the planner
  // cannot read a branch's index before checking the anchor.
  UNWIND CASE anchor WHEN 'document' THEN [r.document] ELSE [] END AS documentId
  MATCH (t:Task)
  WHERE t.documentId = documentId
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'agency' THEN agencies ELSE [] END AS agencyId
  MATCH (:Agency {id: agencyId})<-[x:LED_BY|COORDINATED_BY]-(t:Task)
  WHERE r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'implements' THEN implementing ELSE [] END AS documentId
  MATCH (t:Task)
  WHERE t.documentId = documentId
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'province' THEN provinceNames ELSE [] END AS name
  MATCH (t:Task)
  WHERE t.province = name
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'domain' THEN [r.domain] ELSE [] END AS code
  MATCH (:Domain {code: code})<-[:IN_DOMAIN]-(t:Task)
  RETURN t
  UNION
  UNWIND CASE WHEN anchor IS NULL THEN [true] ELSE [] END AS everything
  MATCH (t:Task)
  RETURN t
}

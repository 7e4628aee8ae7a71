// Fragment (included by api/count-tasks): the candidate tasks of a filter, read from its anchor
// through an index or a traversal (the fragments the api/list-tasks-* queries read from); only a
// filter without an anchor reads every task. Candidates are a superset: api/fragments/task-filter
// then checks every filter. (A page reads from one anchor alone, in its own query: a union of
// every anchor's branch costs each request about half its throughput.)
// In scope: r, implementing, agencies, provinceNames, anchor (api/fragments/task-filter-scope).
// Adds: t, one row per distinct candidate.
CALL (r, implementing, agencies, provinceNames, anchor) {
  // Each branch starts from an UNWIND that is empty unless it is the anchor's: the planner
  // would read a branch's index before checking a WHERE on the anchor.
  UNWIND CASE anchor WHEN 'document' THEN [true] ELSE [] END AS chosen
  // @include api/fragments/tasks-of-document
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'agency' THEN [true] ELSE [] END AS chosen
  // @include api/fragments/tasks-of-agencies
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'implements' THEN [true] ELSE [] END AS chosen
  UNWIND implementing AS documentId
  MATCH (t:Task)
  WHERE t.documentId = documentId
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'province' THEN [true] ELSE [] END AS chosen
  // @include api/fragments/tasks-of-province
  RETURN t
  UNION
  UNWIND CASE anchor WHEN 'domain' THEN [true] ELSE [] END AS chosen
  // @include api/fragments/tasks-of-domain
  RETURN t
  UNION
  UNWIND CASE WHEN anchor IS NULL THEN [true] ELSE [] END AS chosen
  MATCH (t:Task)
  RETURN t
}

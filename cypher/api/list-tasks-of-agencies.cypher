// Pages of the tasks assigned to the filter's agencies (`agency`, or `agencyKinds`), one per request, in (documentId, ordinal) order, keyset-paged, each
// with the number of tasks matching its filters over all pages when the request asks for it (so a
// connection's totalCount costs no second query, and a page without it no count).
// Flags (src/graph/cypher.ts): after (a request has a cursor), total (one counts), and those of
// the fragments it includes; taskFlags in graph/task.repository.ts sets those the batch needs.
// Params: $requests: [{key, anchor, document, implements, agency, agencyKinds, includeCollectives,
//   role ('LEAD'|'COORDINATOR'|null), includeUnits, domain, province (a Province id, the slug of
//   its name), includeFormer, year, words: [folded word], after: [documentId, ordinal] | null,
//   limit, withTotal: boolean}], every one with the anchor of this query (its `anchor`, as
//   taskAnchor in graph/task.repository.ts chooses it);
//   $limit: the largest limit of the requests (LIMIT cannot read a row's value: a page may come
//   back longer than its own limit, and is cut to it by the caller);
//   $fields: the task properties to return, in this order, as each task's `values`, or null for
//   the whole node (as `node`);
//   $documentFields: the properties of each task's document to return as its `document`
//   values, or null to leave the document out;
//   $relations: the relations of each task to return with it as its `relations`
//   (api/fragments/task-relations), so a page and its tasks' leads are one round trip; [] for none.
//   $relationFields: the properties to read of each relation's nodes (api/fragments/task-relations).
// Returns each request's agency too (`agency`: null when none has its id, or for agencyKinds).
// The filters are those of api/fragments/task-filter; the candidates are read from the anchor
// alone (one query per anchor: a union of every anchor's branch cost about half the throughput).
// The candidates are read from the agencies (with their units with includeUnits); the page is a
// top-k of those matching, never a scan of all tasks.
UNWIND $requests AS r
// @include api/fragments/task-filter-scope
CALL (r, implementing, agencies, provinceNames, anchor) {
  // @include api/fragments/tasks-of-agencies
  WITH DISTINCT r, t, implementing, agencies, provinceNames, anchor
  WHERE
    // @if after
    (r.after IS NULL OR t.documentId > r.after[0] OR (t.documentId = r.after[0] AND t.ordinal > r.after[1])) AND
    // @end
    // @include api/fragments/task-filter
  WITH t ORDER BY t.documentId, t.ordinal LIMIT toInteger($limit)
  // @include api/fragments/task-page
}
// @if total
CALL (r, implementing, agencies, provinceNames, anchor) {
  // An UNWIND, not a WHERE: the planner reads the candidates before checking a WHERE on r.
  UNWIND CASE WHEN r.withTotal THEN [true] ELSE [] END AS counted
  // @include api/fragments/tasks-of-agencies
  WITH DISTINCT r, t, implementing, agencies, provinceNames, anchor
  WHERE
    // @include api/fragments/task-filter
  RETURN count(t) AS total
}
// @else
WITH *, 0 AS total
// @end
// @if agency
OPTIONAL CALL (r) {
  // The agency itself, for a request that asks for it and a page of its tasks in one round trip.
  MATCH (a:Agency {id: r.agency})
  RETURN a {.*, label: 'Agency'} AS agency
}
// @else
WITH *, null AS agency
// @end
RETURN r.key AS key, tasks, total, agency

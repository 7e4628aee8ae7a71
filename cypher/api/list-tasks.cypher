// Pages of tasks, one per request, in (documentId, ordinal) order, keyset-paged, each with the
// number of tasks matching its filters over all pages when the request asks for it (so a
// connection's totalCount costs no second query, and a page without it no count).
// Params: $requests: [{key, document, implements, agency, agencyKinds, includeCollectives,
//   role ('LEAD'|'COORDINATOR'|null),
//   includeUnits, domain, province (a Province id, the slug of its name), includeFormer, year,
//   words: [folded word], after: [documentId, ordinal] | null, limit, withTotal: boolean}];
//   $limit: the largest limit of the requests (LIMIT cannot read a row's value: a page may come
//   back longer than its own limit, and is cut to it by the caller);
//   $fields: the task properties to return, in this order, as each task's `values`, or null for
//   the whole node (as `node`);
//   $documentFields: the properties of each task's document to return as its `document`
//   values, or null to leave the document out;
//   $relations: the relations of each task to return with it as its `relations`
//   (api/fragments/task-relations), so a page and its tasks' leads are one round trip; [] for none.
// The filters are those of api/fragments/task-filter. A filter with an anchor (its document,
// agencies, implementing documents, province or domain) reads its candidates from there and keeps
// the first page of them (a top-k, not a sort of all), but for `implements`, whose documents are
// walked in id order until the page is full; one without reads the tasks in the order of the
// task_document index from the cursor on, and stops at the page.
UNWIND $requests AS r
// @include api/fragments/task-filter-scope
CALL (r, implementing, agencies, provinceNames, anchor) {
  CALL (r, implementing, agencies, provinceNames, anchor) {
    WITH * WHERE anchor IS NOT NULL AND anchor <> 'implements'
    // @include api/fragments/task-candidates
    WITH r, t, implementing, agencies, provinceNames, anchor
    WHERE (r.after IS NULL OR t.documentId > r.after[0] OR (t.documentId = r.after[0] AND t.ordinal > r.after[1]))
      AND
      // @include api/fragments/task-filter
    WITH t ORDER BY t.documentId, t.ordinal LIMIT toInteger($limit)
    RETURN t
    UNION
    // With an anchor the bound is null and the index gives nothing (a WHERE on the anchor alone
    // would be checked after the index read, and an UNWIND before it loses the index's order).
    MATCH (t:Task)
    WHERE t.documentId >= CASE WHEN anchor IS NULL THEN coalesce(r.after[0], '') END
    WITH r, t, implementing, agencies, provinceNames, anchor
    WHERE (r.after IS NULL OR t.documentId > r.after[0] OR (t.documentId = r.after[0] AND t.ordinal > r.after[1]))
      AND
      // @include api/fragments/task-filter
    WITH t ORDER BY t.documentId, t.ordinal LIMIT toInteger($limit)
    RETURN t
    UNION
    // The implements anchor: the implementing documents in id order, each one's tasks in text
    // order, until the page is full. A directive's plans hold tens of thousands of tasks; a top-k
    // of all of them read every one, and eight at once ran out of transaction memory.
    WITH * WHERE anchor = 'implements'
    UNWIND implementing AS documentId
    WITH * WHERE r.after IS NULL OR documentId >= r.after[0]
    CALL (r, documentId, implementing, agencies, provinceNames, anchor) {
      MATCH (t:Task)
      WHERE t.documentId = documentId
      WITH r, t, implementing, agencies, provinceNames, anchor
      WHERE (r.after IS NULL OR t.documentId > r.after[0] OR (t.documentId = r.after[0] AND t.ordinal > r.after[1]))
        AND
        // @include api/fragments/task-filter
      RETURN t ORDER BY t.ordinal
    }
    WITH t LIMIT toInteger($limit)
    RETURN t
  }
  WITH t ORDER BY t.documentId, t.ordinal
  OPTIONAL CALL (t) {
    // By its id (an index seek), not along HAS_TASK: a task has a dozen relationships to look through.
    WITH t WHERE $documentFields IS NOT NULL
    MATCH (d:Document {id: t.documentId})
    RETURN [k IN $documentFields | d[k]] AS document
  }
  OPTIONAL CALL (t) {
    WITH t WHERE size($relations) > 0
    // @include api/fragments/task-relations
    RETURN {parent: parent, subtasks: subtasks, leads: leads, coordinators: coordinators, domains: domains} AS relations
  }
  RETURN collect({
    node: CASE WHEN $fields IS NULL THEN t {.*} END,
    values: [k IN coalesce($fields, []) | t[k]],
    document: document,
    relations: relations
  }) AS tasks
}
CALL (r, implementing, agencies, provinceNames, anchor) {
  WITH * WHERE r.withTotal
  // @include api/fragments/task-candidates
  WITH r, t, implementing, agencies, provinceNames, anchor
  WHERE
    // @include api/fragments/task-filter
  RETURN count(t) AS total
}
RETURN r.key AS key, tasks, total

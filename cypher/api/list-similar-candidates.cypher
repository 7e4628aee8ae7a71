// Candidates for tasks like each given one, from the full-text index over folded words: tasks of
// documents in another province (any province's, for a task of a national document), best first
// by the index's score, at most $limit hits looked at per task. The caller ranks them by cosine.
// Params: $requests: [{id, query}] (query: folded words, space-separated), $limit
UNWIND $requests AS request
MATCH (t:Task {id: request.id})
CALL (t, request) {
  CALL db.index.fulltext.queryNodes('search_text', request.query, {limit: toInteger($limit)}) YIELD node
  WITH node
  WHERE node:Task AND node.province IS NOT NULL AND (t.province IS NULL OR node.province <> t.province)
  RETURN collect(node {.*, label: 'Task'}) AS candidates
}
RETURN t.id AS id, candidates

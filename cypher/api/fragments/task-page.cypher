// Fragment (included by the api/list-tasks* queries): a page of tasks as `tasks`, each with the
// selected values of its document and the relations asked for (api/fragments/task-relations).
// In scope: t, one row per task of the page, in page order; the params of api/list-tasks
// ($fields, $documentFields, $relations). Ends the subquery it is in with RETURN tasks.
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

// Fragment (included by the api/list-tasks* queries): a page of tasks as `tasks`, each with the
// selected values of its document and the relations asked for (api/fragments/task-relations).
// In scope: t, one row per task of the page, in page order; the params of api/list-tasks
// ($fields, $documentFields, $relations). Ends the subquery it is in with RETURN tasks.
// Flags: document-fields ($documentFields is not null), and those of api/fragments/task-relations
// (the relations in $relations).
// @if document-fields
OPTIONAL CALL (t) {
  // By its id (an index seek), not along HAS_TASK: a task has a dozen relationships to look through.
  WITH t WHERE $documentFields IS NOT NULL
  MATCH (d:Document {id: t.documentId})
  RETURN [k IN $documentFields | d[k]] AS document
}
// @else
WITH t, null AS document
// @end
// @if parent|subtasks|leads|coordinators|domains
OPTIONAL CALL (t) {
  WITH t WHERE size($relations) > 0
  // @include api/fragments/task-relations
  RETURN {parent: parent, subtasks: subtasks, leads: leads, coordinators: coordinators, domains: domains} AS relations
}
// @else
WITH t, document, null AS relations
// @end
RETURN collect({
  node: CASE WHEN $fields IS NULL THEN t {.*} END,
  values: [k IN coalesce($fields, []) | t[k]],
  document: document,
  relations: relations
}) AS tasks

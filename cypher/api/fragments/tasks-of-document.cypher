// Fragment (included by api/list-tasks-of-document and api/fragments/task-candidates): the tasks
// of the filter's document, through the task_document index.
// In scope: r. Adds: t, one row per task.
MATCH (t:Task)
WHERE t.documentId = r.document

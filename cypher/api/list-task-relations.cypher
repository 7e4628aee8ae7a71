// Each task's parent, subtasks, leads, coordinators and domains (api/fragments/task-relations);
// of these, only the $relations asked for are read (the others come back empty).
// Params: $ids: [string], $relations: any of 'parent', 'subtasks', 'leads', 'coordinators', 'domains';
//   $relationFields: as api/fragments/task-relations reads it ({} for whole nodes).
UNWIND $ids AS id
MATCH (t:Task {id: id})
// @include api/fragments/task-relations
RETURN id, parent, subtasks, leads, coordinators, domains

// Fragment (included by api/list-task-relations and api/list-tasks): the nodes next to task t
// that $relations asks for, each as a whole node with its label; the relations not asked for
// come back empty, read at no cost.
// In scope: t; $relations: any of 'parent', 'subtasks', 'leads', 'coordinators', 'domains'.
// Adds: parent (a node or null), subtasks (in document order), leads and coordinators (in the
// order the text names them), domains (by code).
// Flags: parent, subtasks, leads, coordinators, domains: in $relations.
// @if parent
CALL (t) {
  WITH t WHERE 'parent' IN $relations
  OPTIONAL MATCH (t)-[:PART_OF]->(p:Task)
  RETURN head(collect(p {.*, label: 'Task'})) AS parent
}
// @else
WITH *, null AS parent
// @end
// @if subtasks
CALL (t) {
  WITH t WHERE 'subtasks' IN $relations
  OPTIONAL MATCH (t)<-[:PART_OF]-(s:Task)
  WITH s ORDER BY s.ordinal
  RETURN collect(s {.*, label: 'Task'}) AS subtasks
}
// @else
WITH *, [] AS subtasks
// @end
// @if leads
CALL (t) {
  WITH t WHERE 'leads' IN $relations
  OPTIONAL MATCH (t)-[r:LED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS leads
}
// @else
WITH *, [] AS leads
// @end
// @if coordinators
CALL (t) {
  WITH t WHERE 'coordinators' IN $relations
  OPTIONAL MATCH (t)-[r:COORDINATED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS coordinators
}
// @else
WITH *, [] AS coordinators
// @end
// @if domains
CALL (t) {
  WITH t WHERE 'domains' IN $relations
  OPTIONAL MATCH (t)-[:IN_DOMAIN]->(m:Domain)
  WITH DISTINCT m ORDER BY m.code
  RETURN collect(m {.*, label: 'Domain'}) AS domains
}
// @else
WITH *, [] AS domains
// @end

// Fragment (included by api/list-task-relations and api/list-tasks): the nodes next to task t
// that $relations asks for, each as a whole node with its label, or as the values of the
// properties $relationFields names for its relation, in that order; the relations not asked for
// come back empty, read at no cost.
// In scope: t; $relations: any of 'parent', 'subtasks', 'leads', 'coordinators', 'domains';
// $relationFields: {parent, subtasks, leads, coordinators, domains: [property] | null}, null or
// missing for whole nodes.
// Adds: parent (a node or null), subtasks (in document order), leads and coordinators (in the
// order the text names them), domains (by code).
// Flags: parent, subtasks, leads, coordinators, domains: in $relations.
// @if parent
CALL (t) {
  WITH t WHERE 'parent' IN $relations
  OPTIONAL MATCH (t)-[:PART_OF]->(p:Task)
  RETURN head(collect(CASE WHEN p IS NULL THEN null WHEN $relationFields.parent IS NULL THEN p {.*, label: 'Task'}
    ELSE [k IN $relationFields.parent | p[k]] END)) AS parent
}
// @else
WITH *, null AS parent
// @end
// @if subtasks
CALL (t) {
  WITH t WHERE 'subtasks' IN $relations
  OPTIONAL MATCH (t)<-[:PART_OF]-(s:Task)
  WITH s ORDER BY s.ordinal
  RETURN collect(CASE WHEN s IS NULL THEN null WHEN $relationFields.subtasks IS NULL THEN s {.*, label: 'Task'}
    ELSE [k IN $relationFields.subtasks | s[k]] END) AS subtasks
}
// @else
WITH *, [] AS subtasks
// @end
// @if leads
CALL (t) {
  WITH t WHERE 'leads' IN $relations
  OPTIONAL MATCH (t)-[r:LED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(CASE WHEN a IS NULL THEN null WHEN $relationFields.leads IS NULL THEN a {.*, label: 'Agency'}
    ELSE [k IN $relationFields.leads | a[k]] END) AS leads
}
// @else
WITH *, [] AS leads
// @end
// @if coordinators
CALL (t) {
  WITH t WHERE 'coordinators' IN $relations
  OPTIONAL MATCH (t)-[r:COORDINATED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(CASE WHEN a IS NULL THEN null WHEN $relationFields.coordinators IS NULL THEN a {.*, label: 'Agency'}
    ELSE [k IN $relationFields.coordinators | a[k]] END) AS coordinators
}
// @else
WITH *, [] AS coordinators
// @end
// @if domains
CALL (t) {
  WITH t WHERE 'domains' IN $relations
  OPTIONAL MATCH (t)-[:IN_DOMAIN]->(m:Domain)
  WITH DISTINCT m ORDER BY m.code
  RETURN collect(CASE WHEN m IS NULL THEN null WHEN $relationFields.domains IS NULL THEN m {.*, label: 'Domain'}
    ELSE [k IN $relationFields.domains | m[k]] END) AS domains
}
// @else
WITH *, [] AS domains
// @end

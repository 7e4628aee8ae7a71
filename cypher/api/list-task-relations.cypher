// Each task's parent, subtasks (in document order), leads and coordinators (in the order the
// text names them) and domains; of these, only the $relations asked for are read (the others
// come back empty). Params: $ids: [string], $relations: any of 'parent', 'subtasks', 'leads',
// 'coordinators', 'domains'.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  WITH t WHERE 'parent' IN $relations
  OPTIONAL MATCH (t)-[:PART_OF]->(p:Task)
  RETURN head(collect(p {.*, label: 'Task'})) AS parent
}
CALL (t) {
  WITH t WHERE 'subtasks' IN $relations
  OPTIONAL MATCH (t)<-[:PART_OF]-(s:Task)
  WITH s ORDER BY s.ordinal
  RETURN collect(s {.*, label: 'Task'}) AS subtasks
}
CALL (t) {
  WITH t WHERE 'leads' IN $relations
  OPTIONAL MATCH (t)-[r:LED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS leads
}
CALL (t) {
  WITH t WHERE 'coordinators' IN $relations
  OPTIONAL MATCH (t)-[r:COORDINATED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS coordinators
}
CALL (t) {
  WITH t WHERE 'domains' IN $relations
  OPTIONAL MATCH (t)-[:IN_DOMAIN]->(m:Domain)
  WITH DISTINCT m ORDER BY m.code
  RETURN collect(m {.*, label: 'Domain'}) AS domains
}
RETURN id, parent, subtasks, leads, coordinators, domains

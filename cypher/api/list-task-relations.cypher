// Each task's parent, subtasks (in document order), leads and coordinators (in the order the
// text names them) and domains. Params: $ids: [string]
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  OPTIONAL MATCH (t)-[:PART_OF]->(p:Task)
  RETURN head(collect(p {.*, label: 'Task'})) AS parent
}
CALL (t) {
  OPTIONAL MATCH (t)<-[:PART_OF]-(s:Task)
  WITH s ORDER BY s.ordinal
  RETURN collect(s {.*, label: 'Task'}) AS subtasks
}
CALL (t) {
  OPTIONAL MATCH (t)-[r:LED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS leads
}
CALL (t) {
  OPTIONAL MATCH (t)-[r:COORDINATED_BY]->(a:Agency)
  WITH a ORDER BY r.ordinal, a.id
  RETURN collect(a {.*, label: 'Agency'}) AS coordinators
}
CALL (t) {
  OPTIONAL MATCH (t)-[:IN_DOMAIN]->(m:Domain)
  WITH DISTINCT m ORDER BY m.code
  RETURN collect(m {.*, label: 'Domain'}) AS domains
}
RETURN id, parent, subtasks, leads, coordinators, domains

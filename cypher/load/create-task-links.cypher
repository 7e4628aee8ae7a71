// Parent tasks, assignments and domains of the document's tasks.
// An assignment stores its order only: its provenance is its task's (the lines that name the
// agency are the task's lines), kept once, on the task.
// Params: $parents: [{id, parent}], $assignments: [{task, agency, role, ordinal}],
//         $domains: [{task, code, via}]
CALL () {
  UNWIND $parents AS p
  MATCH (n:Task {id: p.id}), (q:Task {id: p.parent})
  CREATE (n)-[:PART_OF]->(q)
}
CALL () {
  UNWIND $assignments AS a
  MATCH (n:Task {id: a.task}), (g:Agency {id: a.agency})
  FOREACH (_ IN CASE WHEN a.role = 'LEAD' THEN [1] ELSE [] END |
    CREATE (n)-[:LED_BY {ordinal: a.ordinal}]->(g))
  FOREACH (_ IN CASE WHEN a.role = 'COORDINATOR' THEN [1] ELSE [] END |
    CREATE (n)-[:COORDINATED_BY {ordinal: a.ordinal}]->(g))
}
CALL () {
  UNWIND $domains AS d
  MATCH (n:Task {id: d.task}), (m:Domain {code: d.code})
  CREATE (n)-[:IN_DOMAIN {via: d.via}]->(m)
}

// How each document's tasks were taken up: every task in text order with the tasks that derive
// from it (DERIVES_FROM, derived links only), by province, document and text order, and the ids
// of the tasks it derives from itself; and the ingested documents with tasks above it (what its
// tasks were compared with). Params: $ids: [string]
UNWIND $ids AS id
MATCH (x:Document {id: id})
RETURN id,
  COLLECT {
    MATCH (x)-[:HAS_TASK]->(t:Task)
    WITH t ORDER BY t.ordinal
    RETURN {
      task: t {.*, label: 'Task'},
      derived: COLLECT {
        MATCH (t)<-[r:DERIVES_FROM]-(c:Task)
        WITH c, r ORDER BY c.province, c.documentId, c.ordinal
        RETURN {task: c {.*, label: 'Task'}, score: r.score, method: r.method}
      },
      derivesFrom: COLLECT { MATCH (t)-[:DERIVES_FROM]->(p:Task) RETURN p.id }
    }
  } AS tasks,
  COLLECT {
    MATCH (x)-[:IMPLEMENTS*1..12]->(a:Document {inCorpus: true})
    WHERE EXISTS { (a)-[:HAS_TASK]->() }
    WITH DISTINCT a ORDER BY a.id
    RETURN a {.*, label: 'Document'}
  } AS comparedWith

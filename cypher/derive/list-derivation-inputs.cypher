// What derivation compares, for each of the given documents that is ingested and has tasks: its
// tasks, and the ingested documents with tasks it implements (directly or through a chain, up to
// 12 hops) with theirs, tasks in text order. No row for a document with nothing above it to
// compare with. Params: $ids
UNWIND $ids AS id
MATCH (d:Document {id: id, inCorpus: true})
WHERE EXISTS { (d)-[:HAS_TASK]->() }
CALL (d) {
  OPTIONAL MATCH (d)-[:IMPLEMENTS*1..12]->(a:Document {inCorpus: true})
  WHERE EXISTS { (a)-[:HAS_TASK]->() }
  WITH DISTINCT a
  ORDER BY a.id
  RETURN [p IN collect({
    id: a.id,
    symbol: a.symbol,
    tasks: COLLECT { MATCH (a)-[:HAS_TASK]->(t:Task) WITH t ORDER BY t.ordinal RETURN t {.id, .code, .text} }
  }) WHERE p.id IS NOT NULL] AS parents
}
WITH d, parents
WHERE size(parents) > 0
RETURN d.id AS id,
       COLLECT { MATCH (d)-[:HAS_TASK]->(t:Task) WITH t ORDER BY t.ordinal RETURN t {.id, .code, .text} } AS tasks,
       parents

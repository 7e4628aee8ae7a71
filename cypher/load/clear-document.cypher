// Removes what an ingested document itself stated, before its new version is written: its
// tasks, targets, citations and issuer, and its word on lineage edges (an edge stays while
// another document still states it). A document is known by its id alone: a file of the same
// name in another folder, or read earlier, is another document and stays. The lineage edges it
// states leave the document or one it mentions ($documentIds, from find-document-references),
// so only those are looked at, never every IMPLEMENTS edge of the graph.
// Params: $id, $documentIds
MATCH (x:Document {id: $id})
OPTIONAL MATCH (x)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (x)-[:SETS]->(g:Target)
WITH x, collect(DISTINCT t) + collect(DISTINCT g) AS owned
FOREACH (n IN owned | DETACH DELETE n)
WITH x
OPTIONAL MATCH (x)-[r:CITES|ISSUED_BY|IN_PROVINCE]->()
DELETE r
WITH DISTINCT x
SET x.inCorpus = false
WITH x
CALL (x) {
  UNWIND [x.id] + $documentIds AS endId
  MATCH (:Document {id: endId})-[r:IMPLEMENTS]->()
  WHERE $id IN r.statedBy
  SET r.statedBy = [s IN r.statedBy WHERE s <> $id]
  WITH r WHERE size(r.statedBy) = 0
  DELETE r
}

// Removes what an ingested document itself stated, before its new version is written: its
// tasks, targets, citations and issuer, and its word on lineage edges (an edge stays while
// another document still states it). A document is known by its id alone: a file of the same
// name in another folder, or read earlier, is another document and stays. Params: $id
MATCH (x:Document {id: $id})
OPTIONAL MATCH (x)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (x)-[:SETS]->(g:Target)
WITH collect(DISTINCT x) AS docs, collect(DISTINCT t) + collect(DISTINCT g) AS owned
FOREACH (n IN owned | DETACH DELETE n)
WITH docs
UNWIND docs AS x
OPTIONAL MATCH (x)-[r:CITES|ISSUED_BY|IN_PROVINCE]->()
DELETE r
WITH DISTINCT x
SET x.inCorpus = false
WITH collect(x.id) AS ids
MATCH ()-[r:IMPLEMENTS]->()
WHERE any(s IN r.statedBy WHERE s IN ids)
SET r.statedBy = [s IN r.statedBy WHERE NOT s IN ids]
WITH r WHERE size(r.statedBy) = 0
DELETE r

// Removes what an ingested document itself stated, before its new version is written: its
// tasks, targets, citations and issuer, and its word on lineage edges (an edge stays while
// another document still states it). Also strips an earlier version read from the same file
// under another id. Params: $id, $file
MATCH (x:Document)
WHERE x.id = $id OR (x.inCorpus AND x.sourceFile = $file)
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

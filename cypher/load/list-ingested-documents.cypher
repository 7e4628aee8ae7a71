// The ingested documents in id order, each with its task count and the file it was read from
// (`ingest --list`), and its issuers and province, which `ingest --remove` links back when the
// document stays as a cited one. Params: $ids (null: every ingested document)
MATCH (d:Document {inCorpus: true})
WHERE $ids IS NULL OR d.id IN $ids
RETURN d.id AS id, d.symbol AS symbol, d.kind AS kind, d.province AS province, d.issuedOn AS issuedOn,
       COUNT { (d)-[:HAS_TASK]->() } AS tasks, d.sourceFile AS sourceFile,
       [(d)-[:ISSUED_BY]->(a:Agency) | a.id] AS issuerIds, [(d)-[:IN_PROVINCE]->(p:Province) | p.id] AS provinceIds
ORDER BY id

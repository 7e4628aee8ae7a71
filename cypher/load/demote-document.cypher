// After clear-document, a removed document that other documents still cite or implement stays
// as they know it: a cited-only node whose provenance is the first mention of it, without what
// only its own text gave (layout, signer), its issuers and province linked back (clear-document
// drops those links; the citations name them too). Returns how many documents cite or implement
// it; no row when none does, and delete-orphans then deletes it.
// Params: $id, $issuerIds, $provinceIds
MATCH (x:Document {id: $id, inCorpus: false})
CALL (x) {
  MATCH (x)<-[r:CITES|IMPLEMENTS]-()
  RETURN r
  ORDER BY CASE type(r) WHEN 'CITES' THEN 0 ELSE 1 END, r.sourceFile, r.lineStart
  LIMIT 1
}
SET x.sourceFile = r.sourceFile, x.lineStart = r.lineStart, x.lineEnd = r.lineEnd, x.excerpt = r.excerpt
REMOVE x.layout, x.signer, x.signerRole
WITH x
CALL (x) {
  UNWIND $issuerIds AS issuerId
  MATCH (a:Agency {id: issuerId})
  MERGE (x)-[:ISSUED_BY]->(a)
}
CALL (x) {
  UNWIND $provinceIds AS provinceId
  MATCH (p:Province {id: provinceId})
  MERGE (x)-[:IN_PROVINCE]->(p)
}
RETURN size(COLLECT { MATCH (d:Document)-[:CITES|IMPLEMENTS]->(x) RETURN DISTINCT d.id }) AS referrers

// The ingested document itself: every property as read from its text, its issuer and province.
// Params: $document: {id, props, issuerId, provinceId, province}
MERGE (x:Document {id: $document.id})
SET x += $document.props, x.inCorpus = true
WITH x
CALL (x) {
  WITH x WHERE $document.issuerId IS NOT NULL
  MATCH (a:Agency {id: $document.issuerId})
  MERGE (x)-[:ISSUED_BY]->(a)
}
CALL (x) {
  WITH x WHERE $document.provinceId IS NOT NULL
  MERGE (p:Province {id: $document.provinceId})
  ON CREATE SET p.name = $document.province
  MERGE (x)-[:IN_PROVINCE]->(p)
}

// The documents next to each document along IMPLEMENTS and CITES, both ways, ordered by id.
// Params: $ids: [string]
UNWIND $ids AS id
MATCH (x:Document {id: id})
CALL (x) {
  OPTIONAL MATCH (x)-[:IMPLEMENTS]->(y:Document)
  WITH y ORDER BY y.id
  RETURN collect(y {.*, label: 'Document'}) AS implements
}
CALL (x) {
  OPTIONAL MATCH (x)<-[:IMPLEMENTS]-(y:Document)
  WITH y ORDER BY y.id
  RETURN collect(y {.*, label: 'Document'}) AS implementedBy
}
CALL (x) {
  OPTIONAL MATCH (x)-[:CITES]->(y:Document)
  WITH y ORDER BY y.id
  RETURN collect(y {.*, label: 'Document'}) AS cites
}
CALL (x) {
  OPTIONAL MATCH (x)<-[:CITES]-(y:Document)
  WITH y ORDER BY y.id
  RETURN collect(y {.*, label: 'Document'}) AS citedBy
}
CALL (x) {
  OPTIONAL MATCH (x)-[:ISSUED_BY]->(a:Agency)
  RETURN head(collect(a {.*, label: 'Agency'})) AS issuer
}
RETURN id, implements, implementedBy, cites, citedBy, issuer

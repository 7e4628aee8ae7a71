// Documents known from citations. A document already in the graph keeps what it has; a cited
// one gains what a citation adds (date, issuer, the longer description).
// Params: $documents: [{id, symbol, kind, title, issuedOn, year, province, provinceId, issuerId, sourceFile, lineStart, lineEnd, excerpt, searchText}]
UNWIND $documents AS d
MERGE (x:Document {id: d.id})
ON CREATE SET x.inCorpus = false, x.symbol = d.symbol, x.kind = d.kind, x.title = d.title, x.province = d.province,
              x.sourceFile = d.sourceFile, x.lineStart = d.lineStart, x.lineEnd = d.lineEnd, x.excerpt = d.excerpt
SET x.issuedOn = coalesce(x.issuedOn, d.issuedOn),
    x.year = coalesce(x.year, d.year),
    x.title = CASE WHEN NOT x.inCorpus AND size(d.title) > size(x.title) THEN d.title ELSE x.title END,
    x.searchText = CASE WHEN x.inCorpus THEN x.searchText ELSE d.searchText END
WITH x, d
CALL (x, d) {
  WITH x, d WHERE d.issuerId IS NOT NULL AND NOT EXISTS { (x)-[:ISSUED_BY]->() }
  MATCH (a:Agency {id: d.issuerId})
  MERGE (x)-[:ISSUED_BY]->(a)
}
CALL (x, d) {
  WITH x, d WHERE d.provinceId IS NOT NULL
  MERGE (p:Province {id: d.provinceId})
  ON CREATE SET p.name = d.province
  MERGE (x)-[:IN_PROVINCE]->(p)
}

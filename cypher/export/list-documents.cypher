// The documents of an export, by id, with their issuer, their number of tasks and the documents
// of the export they implement and cite. `matching`: the document matches the filters (the
// others are there because a matching one implements or cites them).
// Params: $documents (ids of the matching documents; null: every document), $context (ids of
// every document of the export; null: every document)
MATCH (d:Document)
WHERE $context IS NULL OR d.id IN $context
RETURN d {.id, .symbol, .kind, .title, .issuedOn, .year, .province, .signer, .signerRole, .inCorpus, .layout,
    .sourceFile, .lineStart, .lineEnd} AS properties,
  $documents IS NULL OR d.id IN $documents AS matching,
  [(d)-[:ISSUED_BY]->(a:Agency) | a {.id, .name}][0] AS issuer,
  COUNT { (d)-[:HAS_TASK]->(:Task) } AS tasks,
  COLLECT {
    MATCH (d)-[:IMPLEMENTS]->(x:Document) WHERE $context IS NULL OR x.id IN $context
    RETURN x.id ORDER BY x.id
  } AS implements,
  COLLECT {
    MATCH (d)-[:CITES]->(x:Document) WHERE $context IS NULL OR x.id IN $context
    RETURN x.id ORDER BY x.id
  } AS cites
ORDER BY d.id

// The documents an export covers. `documents` are those matching every filter given, the same
// as the API's (`implements` transitive; `province` with `includeFormer` also its former
// provinces; `domain`: documents with a task in it); `context` adds the documents they implement
// or cite, so their lineage edges have both ends. `dated`: whether a task of the export has
// years or a document of it a date (GEXF's dynamic mode).
// Params: $document, $implements, $province (a Province id), $includeFormer, $domain
CALL () {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: $implements})
  RETURN collect(DISTINCT d.id) AS implementing
}
CALL () {
  OPTIONAL MATCH (p:Province {id: $province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE $includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
MATCH (d:Document)
WHERE ($document IS NULL OR d.id = $document)
  AND ($implements IS NULL OR d.id IN implementing)
  AND ($province IS NULL OR d.province IN provinceNames)
  AND ($domain IS NULL OR EXISTS { (d)-[:HAS_TASK]->(:Task)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
WITH collect(d.id) AS documents
CALL (documents) {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS|CITES]->(x:Document)
  WHERE d.id IN documents AND NOT x.id IN documents
  RETURN collect(DISTINCT x.id) AS referenced
}
WITH documents, documents + referenced AS context
RETURN documents, context,
  EXISTS {
    MATCH (t:Task)
    WHERE t.documentId IN documents AND (t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
      AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
  } OR EXISTS { MATCH (d:Document) WHERE d.id IN context AND d.issuedOn IS NOT NULL } AS dated

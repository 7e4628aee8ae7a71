// The lineage of the matching documents: their IMPLEMENTS and CITES edges, whatever document
// the other end is, with both ends' symbols and the provenance of the statement.
// Params: $documents (ids of the matching documents; null: every document)
MATCH (d:Document)-[r:IMPLEMENTS|CITES]->(x:Document)
WHERE $documents IS NULL OR d.id IN $documents
RETURN d.id AS source, d.symbol AS sourceSymbol, type(r) AS type, x.id AS target, x.symbol AS targetSymbol,
  r.statedBy AS statedBy, r.sourceFile AS sourceFile, r.lineStart AS lineStart, r.lineEnd AS lineEnd,
  r.excerpt AS excerpt
ORDER BY source, type, target

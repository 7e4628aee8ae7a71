// The targets the matching documents set, by id.
// Params: $documents (ids of the matching documents; null: every document)
MATCH (d:Document)-[:SETS]->(x:Target)
WHERE $documents IS NULL OR d.id IN $documents
RETURN x {.id, .text, .metric, .value, .valueMax, .unit, .year, .sourceFile, .lineStart, .lineEnd} AS properties,
  d.id AS documentId
ORDER BY x.id

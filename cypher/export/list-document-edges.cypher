// The relationships out of an export's documents whose other end is in the export too:
// IMPLEMENTS and CITES between its documents, ISSUED_BY, IN_PROVINCE, and HAS_TASK and SETS
// from the matching documents to their tasks (in $domain when given) and targets.
// Ordered by source, type, target.
// Params: $documents (ids of the matching documents; null: every document), $context (ids of
// every document of the export; null: every document), $domain (a Domain code or null)
MATCH (d:Document)-[r:IMPLEMENTS|CITES|ISSUED_BY|IN_PROVINCE|HAS_TASK|SETS]->(x)
WHERE ($context IS NULL OR d.id IN $context)
  AND CASE type(r)
    WHEN 'IMPLEMENTS' THEN $context IS NULL OR x.id IN $context
    WHEN 'CITES' THEN $context IS NULL OR x.id IN $context
    WHEN 'HAS_TASK' THEN ($documents IS NULL OR d.id IN $documents)
      AND ($domain IS NULL OR EXISTS { (x)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
    WHEN 'SETS' THEN $documents IS NULL OR d.id IN $documents
    ELSE true
  END
RETURN type(r) AS type, d.id AS source, x.id AS target, r {.statedBy, .sourceFile, .lineStart, .lineEnd} AS properties
ORDER BY source, type, target

// The relationships out of an export's tasks (see list-tasks): LED_BY and COORDINATED_BY with
// their provenance (their task's: the graph keeps it once, on the task), IN_DOMAIN, and PART_OF
// when the parent task is in the export too. Ordered by the task's (documentId, ordinal), then
// type, ordinal and target.
// Params: $documents (ids of the matching documents; null: every document), $domain (a Domain
// code or null)
MATCH (t:Task)-[r:LED_BY|COORDINATED_BY|IN_DOMAIN|PART_OF]->(x)
WHERE ($documents IS NULL OR t.documentId IN $documents)
  AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
  AND (type(r) <> 'PART_OF' OR $domain IS NULL OR EXISTS { (x)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
RETURN type(r) AS type, t.id AS source, x.id AS target,
  CASE WHEN type(r) IN ['LED_BY', 'COORDINATED_BY']
    THEN {ordinal: r.ordinal, via: null, sourceFile: t.sourceFile, lineStart: t.lineStart, lineEnd: t.lineEnd}
    ELSE r {.ordinal, .via, .sourceFile, .lineStart, .lineEnd} END AS properties
ORDER BY t.documentId, t.ordinal, type, r.ordinal, target

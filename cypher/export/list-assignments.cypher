// The assignments of an export's tasks (see list-tasks): one row per lead or coordinator, in the
// tasks' order and then as the text names them, with the provenance of the mention: its task's
// lines, where the text names the agency (the graph keeps it once, on the task).
// Params: $documents (ids of the matching documents; null: every document), $domain (a Domain
// code or null)
MATCH (t:Task)-[r:LED_BY|COORDINATED_BY]->(a:Agency)
WHERE ($documents IS NULL OR t.documentId IN $documents)
  AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
RETURN t.id AS task, t.documentId AS documentId, a.id AS agency, a.name AS agencyName,
  CASE type(r) WHEN 'LED_BY' THEN 'LEAD' ELSE 'COORDINATOR' END AS role,
  r.ordinal AS ordinal, t.sourceFile AS sourceFile, t.lineStart AS lineStart, t.lineEnd AS lineEnd
ORDER BY t.documentId, t.ordinal, role DESC, r.ordinal, agency

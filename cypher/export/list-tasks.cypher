// The tasks of an export in (documentId, ordinal) order, as the API lists them: the tasks of
// the matching documents, in $domain when it is given. With their parent task and domains.
// Params: $documents (ids of the matching documents; null: every document), $domain (a Domain
// code or null)
MATCH (t:Task)
WHERE ($documents IS NULL OR t.documentId IN $documents)
  AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
RETURN t {.id, .documentId, .code, .title, .text, .timeframe, .startYear, .endYear, .recurrence, .expectedResult,
    .ordinal, .province, .sourceFile, .lineStart, .lineEnd} AS properties,
  [(t)-[:PART_OF]->(p:Task) | p.id][0] AS parent,
  COLLECT { MATCH (t)-[:IN_DOMAIN]->(m:Domain) RETURN m.code ORDER BY m.code } AS domains
ORDER BY t.documentId, t.ordinal

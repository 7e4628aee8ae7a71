// The non-empty cells of the province × domain × year panel: how many of an export's tasks in
// each province and domain are scheduled in each year from $first to $last, as the API's year
// filter counts them (startYear..endYear; no endYear: until $last; no startYear: from $first).
// Tasks naming no year are in no cell. Ordered by province, domain, year.
// Params: $documents (ids of the matching documents; null: every document), $domain (a Domain
// code or null), $first, $last (the panel's years, see find-panel-bounds)
MATCH (t:Task)-[:IN_DOMAIN]->(m:Domain)
WHERE t.province IS NOT NULL AND (t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
  AND ($documents IS NULL OR t.documentId IN $documents)
  AND ($domain IS NULL OR m.code = $domain)
UNWIND range(coalesce(t.startYear, $first), coalesce(t.endYear, $last)) AS year
WITH t.province AS province, m.code AS domain, year, count(DISTINCT t) AS tasks
RETURN province, domain, year, tasks
ORDER BY province, domain, year

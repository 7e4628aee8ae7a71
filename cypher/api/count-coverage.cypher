// Distinct tasks per province and domain, over the tasks of the documents that implement
// $directive transitively (every task when it is null); non-zero cells only.
// Params: $directive
CALL () {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: $directive})
  RETURN collect(DISTINCT d.id) AS implementing
}
MATCH (t:Task)-[:IN_DOMAIN]->(m:Domain)
WHERE t.province IS NOT NULL AND ($directive IS NULL OR t.documentId IN implementing)
RETURN t.province AS province, m.code AS domain, count(DISTINCT t) AS tasks
ORDER BY province, domain

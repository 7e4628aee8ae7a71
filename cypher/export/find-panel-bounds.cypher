// The axes of the province × domain × year panel of an export's tasks: the provinces of its
// tasks, the domains (all, or $domain) and the first and last year any of its tasks names.
// Params: $documents (ids of the matching documents; null: every document), $domain (a Domain
// code or null)
CALL () {
  MATCH (t:Task)
  WHERE t.province IS NOT NULL
    AND ($documents IS NULL OR t.documentId IN $documents)
    AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
  WITH t.province AS province, min(coalesce(t.startYear, t.endYear)) AS first,
    max(coalesce(t.endYear, t.startYear)) AS last
  ORDER BY province
  RETURN collect(province) AS provinces, min(first) AS first, max(last) AS last
}
CALL () {
  MATCH (m:Domain)
  WHERE $domain IS NULL OR m.code = $domain
  WITH m.code AS code ORDER BY code
  RETURN collect(code) AS domains
}
RETURN provinces, domains, first, last

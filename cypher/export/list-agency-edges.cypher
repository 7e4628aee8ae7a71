// The relationships out of an export's agencies (see list-agencies): IN_PROVINCE, and PART_OF
// when the parent agency is in the export too. Ordered by source, type, target.
// Params: $documents (ids of the matching documents; null: every document), $context (ids of
// every document of the export; null: every document), $domain (a Domain code or null)
MATCH (a:Agency)-[r:IN_PROVINCE|PART_OF]->(x)
WHERE $documents IS NULL
  OR all(n IN CASE type(r) WHEN 'PART_OF' THEN [a, x] ELSE [a] END WHERE
    EXISTS {
      MATCH (n)<-[:LED_BY|COORDINATED_BY]-(t:Task)
      WHERE t.documentId IN $documents
        AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
    }
    OR EXISTS { MATCH (n)<-[:ISSUED_BY]-(d:Document) WHERE d.id IN $context })
RETURN type(r) AS type, a.id AS source, x.id AS target, {} AS properties
ORDER BY source, type, target

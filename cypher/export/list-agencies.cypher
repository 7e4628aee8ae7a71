// The agencies of an export, by id: every agency when the export has no filter, else those that
// lead or coordinate one of its tasks or issued one of its documents. With their kinds and their
// parent agency.
// Params: $documents (ids of the matching documents; null: every document), $context (ids of
// every document of the export; null: every document), $domain (a Domain code or null)
MATCH (a:Agency)
WHERE $documents IS NULL
  OR EXISTS {
    MATCH (a)<-[:LED_BY|COORDINATED_BY]-(t:Task)
    WHERE t.documentId IN $documents
      AND ($domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
  }
  OR EXISTS { MATCH (a)<-[:ISSUED_BY]-(d:Document) WHERE d.id IN $context }
RETURN a {.id, .name, .province, .kind, .isCollective, .coversKinds, .aliases} AS properties,
  [(a)-[:PART_OF]->(p:Agency) | p.id][0] AS parent
ORDER BY a.id

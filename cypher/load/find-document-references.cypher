// What an ingested document's current version refers to, before clear-document removes it: the
// agencies its tasks name and its issuer, and the documents it cites or implements with their
// issuers. After a load or a removal only these can have become orphans (delete-orphans checks
// them rather than the whole graph), and only edges from the document or from the documents it
// mentions can carry its word on lineage. Params: $id
OPTIONAL MATCH (x:Document {id: $id})
RETURN
  COLLECT {
    MATCH (x)-[:HAS_TASK]->(:Task)-[:LED_BY|COORDINATED_BY]->(a:Agency) RETURN a.id AS id
    UNION
    MATCH (x)-[:ISSUED_BY]->(a:Agency) RETURN a.id AS id
    UNION
    MATCH (x)-[:CITES|IMPLEMENTS]->(:Document)-[:ISSUED_BY]->(a:Agency) RETURN a.id AS id
  } AS agencyIds,
  COLLECT {
    MATCH (x)-[:CITES|IMPLEMENTS]->(d:Document) RETURN DISTINCT d.id AS id
  } AS documentIds

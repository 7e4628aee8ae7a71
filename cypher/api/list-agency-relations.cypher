// Each agency's parent body, its units (ordered by id) and the documents it issued (by id).
// Params: $ids: [string]
UNWIND $ids AS id
MATCH (a:Agency {id: id})
CALL (a) {
  OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency)
  RETURN head(collect(p {.*, label: 'Agency'})) AS parent
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:PART_OF]-(u:Agency)
  WITH u ORDER BY u.id
  RETURN collect(u {.*, label: 'Agency'}) AS units
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:ISSUED_BY]-(d:Document)
  WITH d ORDER BY d.id
  RETURN collect(d {.*, label: 'Document'}) AS issued
}
RETURN id, parent, units, issued

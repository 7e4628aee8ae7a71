// Each province's place in the 2025 merger: the province it became part of (with the date) and
// the former provinces merged into it (by name).
// Params: $ids: [string]
UNWIND $ids AS id
MATCH (p:Province {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[m:MERGED_INTO]->(into:Province)
  RETURN head(collect(into {.*, label: 'Province'})) AS mergedInto, head(collect(m.on)) AS mergedOn
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:MERGED_INTO]-(f:Province)
  WITH f ORDER BY f.name
  RETURN collect(f {.*, label: 'Province'}) AS formerProvinces
}
RETURN id, mergedInto, mergedOn, formerProvinces

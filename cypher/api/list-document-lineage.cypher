// Lineage of each document over IMPLEMENTS (a DAG): its ancestors nearest first (shortest
// distance, then id), every chain up to a root (a document that implements nothing, the chain
// starting with the document itself) and its descendants nearest first. Chains are capped at 12 hops.
// Params: $ids: [string]
UNWIND $ids AS id
MATCH (x:Document {id: id})
CALL (x) {
  OPTIONAL MATCH p = (x)-[:IMPLEMENTS*1..12]->(a:Document)
  WITH a, min(length(p)) AS distance
  ORDER BY distance, a.id
  RETURN collect(a {.*, label: 'Document'}) AS ancestors
}
CALL (x) {
  OPTIONAL MATCH p = (x)<-[:IMPLEMENTS*1..12]-(d:Document)
  WITH d, min(length(p)) AS distance
  ORDER BY distance, d.id
  RETURN collect(d {.*, label: 'Document'}) AS descendants
}
// @include api/fragments/lineage-paths
RETURN id, ancestors, descendants,
  [path IN lineageNodes | [n IN path | n {.*, label: 'Document'}]] AS lineagePaths

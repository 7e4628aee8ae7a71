// Tasks by id, with the properties asked for and, when asked, the lineage paths of each task's
// document (as api/list-document-lineage gives them), so a task and its lineage are one round trip.
// Params: $ids: [string]; $fields: the task properties to return, in this order, as `values`, or
//   null for the whole node (as `node`); $pathFields: the properties of the documents on the
//   lineage paths, in this order, or null to leave the lineage out.
UNWIND $ids AS id
MATCH (t:Task {id: id})
OPTIONAL CALL (t) {
  WITH t WHERE $pathFields IS NOT NULL
  MATCH (x:Document {id: t.documentId})
  // @include api/fragments/lineage-paths
  RETURN [path IN lineageNodes | [n IN path | [k IN $pathFields | n[k]]]] AS lineagePaths
}
RETURN id, CASE WHEN $fields IS NULL THEN t {.*} END AS node, [k IN coalesce($fields, []) | t[k]] AS values,
  lineagePaths

// Of the documents and agencies a load or a removal may have let go ($documentIds, $agencyIds:
// what the old version referred to, and what the new one wrote), deletes the documents known
// only from citations that nothing cites any more, and the agencies that neither they nor any
// of their units (transitively) lead, coordinate or issue anything, parents included. One pass:
// an orphan unit does not keep its parent alive. Looking only at these keeps a load's cost
// that of its document, not of the graph. Params: $documentIds, $agencyIds
CALL () {
  UNWIND $documentIds AS id
  MATCH (d:Document {id: id, inCorpus: false})
  WHERE NOT EXISTS { (d)<-[:CITES|IMPLEMENTS]-() }
  DETACH DELETE d
}
CALL () {
  UNWIND $agencyIds AS id
  MATCH (:Agency {id: id})-[:PART_OF*0..]->(a:Agency)
  WITH DISTINCT a
  WHERE NOT EXISTS { (a)<-[:PART_OF*0..]-(:Agency)<-[:LED_BY|COORDINATED_BY|ISSUED_BY]-() }
  DETACH DELETE a
}

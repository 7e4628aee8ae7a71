// Documents known only from citations that nothing cites any more, and agencies nothing refers to.
// Params: none
CALL () {
  MATCH (d:Document {inCorpus: false})
  WHERE NOT EXISTS { (d)<-[:CITES|IMPLEMENTS]-() }
  DETACH DELETE d
}
CALL () {
  MATCH (a:Agency)
  WHERE NOT EXISTS { (a)<-[:LED_BY|COORDINATED_BY|ISSUED_BY|PART_OF]-() }
  DETACH DELETE a
}

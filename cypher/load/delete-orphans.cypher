// Documents known only from citations that nothing cites any more, and agencies that neither
// they nor any of their units (transitively) lead, coordinate or issue anything. One pass: an
// orphan unit does not keep its parent alive. Params: none
CALL () {
  MATCH (d:Document {inCorpus: false})
  WHERE NOT EXISTS { (d)<-[:CITES|IMPLEMENTS]-() }
  DETACH DELETE d
}
CALL () {
  MATCH (a:Agency)
  WHERE NOT EXISTS { (a)<-[:PART_OF*0..]-(:Agency)<-[:LED_BY|COORDINATED_BY|ISSUED_BY]-() }
  DETACH DELETE a
}

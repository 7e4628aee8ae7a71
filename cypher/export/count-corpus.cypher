// What the corpus version of an export is made of: every document id (hashed by the caller)
// and the counts the header states.
// Params: none.
CALL () {
  MATCH (d:Document)
  RETURN collect(d.id) AS ids, count(CASE WHEN d.inCorpus THEN 1 END) AS ingested
}
CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
RETURN ids, ingested, tasks

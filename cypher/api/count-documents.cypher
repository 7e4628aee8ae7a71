// How many documents match the filters of list-documents.
// Params: $symbol, $province (a Province id, the slug of its name), $kind, $inCorpus, $implements
CALL () {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: $implements})
  RETURN collect(DISTINCT d.id) AS implementing
}
OPTIONAL MATCH (p:Province {id: $province})
WITH implementing, p.name AS provinceName
MATCH (d:Document)
WHERE ($symbol IS NULL OR toUpper(d.symbol) = toUpper($symbol))
  AND ($province IS NULL OR d.province = provinceName)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($inCorpus IS NULL OR d.inCorpus = $inCorpus)
  AND ($implements IS NULL OR d.id IN implementing)
RETURN count(d) AS total

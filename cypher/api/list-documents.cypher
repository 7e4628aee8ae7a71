// A page of documents in id order, keyset-paged. `symbol` matches case-insensitively;
// `implements` keeps the documents that implement it, transitively.
// Params: $symbol, $province (a Province id, the slug of its name), $includeFormer (also the provinces merged into it), $kind, $inCorpus, $implements, $after (an id or null), $limit
CALL () {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: $implements})
  RETURN collect(DISTINCT d.id) AS implementing
}
CALL () {
  OPTIONAL MATCH (p:Province {id: $province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE $includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
MATCH (d:Document)
WHERE ($symbol IS NULL OR toUpper(d.symbol) = toUpper($symbol))
  AND ($province IS NULL OR d.province IN provinceNames)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($inCorpus IS NULL OR d.inCorpus = $inCorpus)
  AND ($implements IS NULL OR d.id IN implementing)
  AND ($after IS NULL OR d.id > $after)
RETURN d {.*, label: 'Document'} AS document
ORDER BY d.id
LIMIT toInteger($limit)

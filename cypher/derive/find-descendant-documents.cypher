// The ingested documents that implement a document, directly or through a chain (up to 12 hops,
// as the lineage queries): the plans whose tasks may carry out its tasks. Empty when it has none
// or is not in the graph. Params: $id
OPTIONAL MATCH (:Document {id: $id})<-[:IMPLEMENTS*1..12]-(d:Document {inCorpus: true})
RETURN [id IN collect(DISTINCT d.id) WHERE id IS NOT NULL] AS ids

// Full-text search over documents, tasks and agencies (index search_text on the folded
// `searchText`), best first. Each hit is its label and the values of the properties $fields
// names, in that order, or the whole node when $fields is null.
// Params: $query (Lucene syntax, already folded and escaped), $limit, $fields: [property] | null
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($limit)}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
RETURN head(labels(node)) AS label, CASE WHEN $fields IS NULL THEN node {.*} END AS node,
  [k IN coalesce($fields, []) | node[k]] AS values, score

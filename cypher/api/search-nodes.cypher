// Full-text search over documents, tasks and agencies (index search_text on the folded
// `searchText`), best first. Params: $query (Lucene syntax, already folded and escaped), $limit
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node {.*, label: head(labels(node))} AS node, score
ORDER BY score DESC, node.id

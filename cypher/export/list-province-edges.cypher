// Every MERGED_INTO between provinces (every export has all provinces), by source.
// Params: none.
MATCH (p:Province)-[r:MERGED_INTO]->(q:Province)
RETURN type(r) AS type, p.id AS source, q.id AS target, r {.on} AS properties
ORDER BY source, target

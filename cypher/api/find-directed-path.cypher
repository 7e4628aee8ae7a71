// The shortest path from one node to another following relationships in their own direction
// only (a task → its document → the documents it implements ...), at most 10 hops, over the
// relationship types given (any when $types is null). Same columns as find-path.
// Params: $from, $to, $maxHops, $types: [string]
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $from}) RETURN n AS a LIMIT 1
}
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $to}) RETURN n AS b LIMIT 1
}
MATCH p = shortestPath((a)-[*..10]->(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types,
  [i IN range(0, length(p) - 1) | true] AS forward

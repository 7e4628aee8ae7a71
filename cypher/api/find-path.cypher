// The shortest path between two nodes over any relationship, either direction, at most 10 hops
// (the caller's smaller bound is applied after: a longer shortest path means none within it).
// Params: $from, $to, $maxHops
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $from}) RETURN n AS a LIMIT 1
}
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $to}) RETURN n AS b LIMIT 1
}
MATCH p = shortestPath((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types

// The shortest path between two nodes, at most 10 hops, over the relationship types given (the
// caller passes every type for "any", so the predicate is checked while the search expands rather
// than after it), in either direction (the caller's smaller bound is applied after: a longer
// shortest path means none within it). `forward` says, per step, whether the
// relationship points from the step before to this one.
// Params: $from, $to, $maxHops, $types: [string]
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $from}) RETURN n AS a LIMIT 1
}
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $to}) RETURN n AS b LIMIT 1
}
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types,
  [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward

// The neighbourhood of a node: the nodes one or two relationships away (either direction) whose
// label is among $labels, reached only through such nodes, at most $limit of them besides the
// focus (the nearer ring first, then by label and id), and every relationship among the nodes
// kept. `truncated` says whether nodes were left out for the limit.
// Params: $id, $hops (1 or 2), $labels: [string], $limit
CALL () {
  MATCH (n:Document|Task|Agency|Domain|Target|Province {id: $id}) RETURN n AS focus LIMIT 1
}
CALL (focus) {
  MATCH (focus)--(m)
  WHERE head(labels(m)) IN $labels AND m <> focus
  WITH DISTINCT m ORDER BY head(labels(m)), m.id
  RETURN collect(m)[..toInteger($limit) + 1] AS near
}
CALL (focus, near) {
  UNWIND CASE WHEN $hops >= 2 AND size(near) <= $limit THEN near ELSE [] END AS m
  MATCH (m)--(k)
  WHERE head(labels(k)) IN $labels AND k <> focus AND NOT k IN near
  WITH DISTINCT k ORDER BY head(labels(k)), k.id
  WITH collect(k) AS reached
  RETURN reached[..toInteger($limit) - size(near) + 1] AS far
}
WITH focus, (near + far)[..toInteger($limit)] AS kept, size(near) + size(far) > $limit AS truncated
WITH focus, [focus] + kept AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(DISTINCT {source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN [n IN nodes | n {.*, label: head(labels(n))}] AS nodes, edges, truncated

// Agencies of one extraction: created once, their spellings accumulated as aliases. The kinds are
// set on every load: they are read from the canonical name, so a vocabulary that learns a kind
// gives it to the agencies already in the graph when their documents are ingested again.
// Params: $agencies: [{id, name, province, provinceId, isCollective, kind, coversKinds, aliases,
//   folded, foldedAliases}]
UNWIND $agencies AS a
MERGE (x:Agency {id: a.id})
ON CREATE SET x.name = a.name, x.province = a.province, x.isCollective = a.isCollective, x.folded = a.folded
SET x.kind = a.kind, x.coversKinds = a.coversKinds
SET x.aliases = reduce(acc = coalesce(x.aliases, []), s IN a.aliases | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    x.foldedAliases = reduce(acc = coalesce(x.foldedAliases, []), s IN a.foldedAliases | CASE WHEN s IN acc THEN acc ELSE acc + s END)
SET x.searchText = x.folded + ' ' + coalesce(a.provinceFolded, '') + reduce(t = '', s IN x.foldedAliases | t + ' ' + s)
WITH x, a
CALL (x, a) {
  WITH x, a WHERE a.provinceId IS NOT NULL
  MERGE (p:Province {id: a.provinceId})
  ON CREATE SET p.name = a.province
  MERGE (x)-[:IN_PROVINCE]->(p)
}

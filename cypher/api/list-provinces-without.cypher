// Provinces with no document in the graph (ingested or known from citations) that implements the
// document, directly or through a chain (up to 12 hops), optionally only documents of one kind or
// whose issuer's key (the third part of its agency id, `ubnd`, `so-y-te`) matches a pattern. With
// $provinceIds null: the current provinces, each with the former ones MERGED_INTO it (a plan of
// Bắc Giang counts for Bắc Ninh); else those provinces, each alone. In name order.
// Params: $id, $issuerPattern (null: any issuer), $kind (null: any kind), $provinceIds (null or [string])
MATCH (p:Province)
WHERE ($provinceIds IS NULL AND p.current) OR p.id IN coalesce($provinceIds, [])
WITH p, CASE WHEN $provinceIds IS NULL THEN [p] + [(f:Province)-[:MERGED_INTO]->(p) | f] ELSE [p] END AS parts
WHERE NOT EXISTS {
  MATCH (d:Document)-[:IN_PROVINCE]->(q:Province)
  WHERE q IN parts
    AND ($kind IS NULL OR d.kind = $kind)
    AND ($issuerPattern IS NULL OR EXISTS {
      MATCH (d)-[:ISSUED_BY]->(a:Agency) WHERE split(a.id, '/')[2] =~ $issuerPattern
    })
    AND EXISTS { (d)-[:IMPLEMENTS*1..12]->(:Document {id: $id}) }
}
// The caller sorts them in Vietnamese order (Đ after D), which Cypher's string order is not.
RETURN p {.*, label: 'Province'} AS province

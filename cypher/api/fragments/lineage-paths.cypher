// Fragment (included by api/list-document-lineage and api/find-tasks): every chain over
// IMPLEMENTS from document x up to a root (a document that implements nothing), the chain
// starting with x itself, shortest first, then by the ids along it; chains are capped at 12 hops.
// In scope: x, a Document. Adds: lineageNodes, the chains as lists of nodes.
CALL (x) {
  MATCH p = (x)-[:IMPLEMENTS*0..12]->(root:Document)
  WHERE NOT EXISTS { (root)-[:IMPLEMENTS]->(:Document) }
  WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
  RETURN collect(nodes(p)) AS lineageNodes
}

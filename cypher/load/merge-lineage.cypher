// IMPLEMENTS edges the document's text states (its own and between the documents it cites);
// `statedBy` lists every document whose text states the edge.
// Params: $documentId, $edges: [{from, to, sourceFile, lineStart, lineEnd, excerpt}]
UNWIND $edges AS e
MATCH (a:Document {id: e.from}), (b:Document {id: e.to})
MERGE (a)-[r:IMPLEMENTS]->(b)
ON CREATE SET r.statedBy = [], r.sourceFile = e.sourceFile, r.lineStart = e.lineStart, r.lineEnd = e.lineEnd, r.excerpt = e.excerpt
SET r.statedBy = CASE WHEN $documentId IN r.statedBy THEN r.statedBy ELSE r.statedBy + $documentId END

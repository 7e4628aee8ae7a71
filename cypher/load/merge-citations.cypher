// CITES edges from the document, with the first mention. Params: $documentId, $citations: [{to, sourceFile, lineStart, lineEnd, excerpt}]
MATCH (x:Document {id: $documentId})
UNWIND $citations AS c
MATCH (b:Document {id: c.to})
MERGE (x)-[r:CITES]->(b)
SET r.sourceFile = c.sourceFile, r.lineStart = c.lineStart, r.lineEnd = c.lineEnd, r.excerpt = c.excerpt

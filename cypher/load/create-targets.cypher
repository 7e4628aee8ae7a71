// The document's quantified targets. Params: $documentId, $targets: [{props}]
MATCH (x:Document {id: $documentId})
UNWIND $targets AS g
CREATE (n:Target)
SET n = g.props
CREATE (x)-[:SETS]->(n)

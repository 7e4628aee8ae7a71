// The document's tasks. Params: $documentId, $tasks: [{props}]
MATCH (x:Document {id: $documentId})
UNWIND $tasks AS t
CREATE (n:Task)
SET n = t.props
CREATE (x)-[:HAS_TASK]->(n)

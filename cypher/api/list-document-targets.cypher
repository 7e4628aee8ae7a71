// The quantified targets each document sets, in the order of its text.
// Params: $ids: [string]
UNWIND $ids AS id
MATCH (x:Document {id: id})
OPTIONAL MATCH (x)-[:SETS]->(g:Target)
WITH id, g ORDER BY g.lineStart, g.id
RETURN id, collect(g {.*, label: 'Target'}) AS targets

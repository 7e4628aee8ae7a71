// PART_OF between agencies (a Sở's units, the Sở under the People's Committee).
// Params: $links: [{id, parent}]
UNWIND $links AS l
MATCH (x:Agency {id: l.id}), (p:Agency {id: l.parent})
MERGE (x)-[:PART_OF]->(p)

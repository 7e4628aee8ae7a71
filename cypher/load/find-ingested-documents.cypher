// Which of the given documents the graph holds as ingested (to tell what it lacks), and the
// file each was read from. Params: $ids
UNWIND $ids AS id
MATCH (d:Document {id: id, inCorpus: true})
RETURN d.id AS id, d.sourceFile AS sourceFile

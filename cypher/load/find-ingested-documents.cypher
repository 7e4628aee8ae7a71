// Which ingested documents came from the given files (to tell what the graph lacks). Params: $files
UNWIND $files AS file
MATCH (d:Document {sourceFile: file, inCorpus: true})
RETURN d.id AS id, d.sourceFile AS sourceFile

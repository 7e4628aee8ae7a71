// Removes the derived DERIVES_FROM links that leave the tasks of the given documents, before they
// are derived again. Stated facts are never touched: only DERIVES_FROM, which is only ever derived.
// Params: $ids
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_TASK]->(:Task)-[r:DERIVES_FROM]->(:Task)
DELETE r

// Tasks every one of the given agencies takes part in (leads or coordinates), in document then
// text order. Params: $agencies: [id] (two or more), $limit
MATCH (:Agency {id: $agencies[0]})<-[:LED_BY|COORDINATED_BY]-(t:Task)
WHERE all(id IN $agencies[1..] WHERE EXISTS { (t)-[:LED_BY|COORDINATED_BY]->(:Agency {id: id}) })
WITH DISTINCT t
ORDER BY t.documentId, t.ordinal
LIMIT toInteger($limit)
RETURN t {.*, label: 'Task'} AS task

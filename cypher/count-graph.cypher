// Counts of the graph's main node kinds, for /health and Query.graphStats.
// Params: none.
CALL () { MATCH (d:Document) RETURN count(d) AS documents, count(CASE WHEN d.inCorpus THEN 1 END) AS documentsInCorpus }
CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
CALL () { MATCH (a:Agency) RETURN count(a) AS agencies }
CALL () { MATCH (x:Target) RETURN count(x) AS targets }
RETURN documents, documentsInCorpus, tasks, agencies, targets

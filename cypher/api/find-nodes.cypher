// Nodes by id, whatever their label (Document, Task, Agency, Domain, Target, Province).
// Params: $ids: [string]
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Document {id: id}) RETURN n
  UNION
  MATCH (n:Task {id: id}) RETURN n
  UNION
  MATCH (n:Agency {id: id}) RETURN n
  UNION
  MATCH (n:Domain {id: id}) RETURN n
  UNION
  MATCH (n:Target {id: id}) RETURN n
  UNION
  MATCH (n:Province {id: id}) RETURN n
}
RETURN id, n {.*, label: head(labels(n))} AS node

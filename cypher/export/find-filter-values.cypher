// Whether the values of an export's filters name something in the graph (an unknown one is the
// caller's mistake, reported with the filter's name), and the province's name as stored.
// Params: $document (a Document id or null), $implements (a Document id or null), $province (a
// Province id, the slug of its name, or null)
OPTIONAL MATCH (p:Province {id: $province})
RETURN EXISTS { MATCH (:Document {id: $document}) } AS document,
  EXISTS { MATCH (:Document {id: $implements}) } AS implements,
  p.name AS province

// Fragment (included by the api/list-tasks* queries and api/count-tasks): what a task filter `r` names,
// resolved once, and the anchor its candidates are read from.
// In scope: r, a task filter (anchor, document, implements, agency, agencyKinds, includeCollectives, role,
//   includeUnits, domain, province, includeFormer, year, words). Adds: implementing (ids of the
//   documents implementing r.implements, transitively, in id order), agencies (r.agency's id, or those of the
//   agencies of r.agencyKinds and, with includeCollectives, of the collectives covering one; and
//   their units' with includeUnits),
//   provinceNames (r.province's name, and its former provinces' with includeFormer), anchor.
// The anchor, r.anchor, is chosen by the caller (taskAnchor in graph/task.repository.ts), which
// also picks the list-tasks query reading from it.
CALL (r) {
  // In id order: list-tasks walks them in it to stop at the page.
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: r.implements})
  WITH DISTINCT d.id AS id ORDER BY id
  RETURN collect(id) AS implementing
}
CALL (r) {
  // The agency asked for, or the agencies of the kinds asked for (index agency_kind) and, with
  // includeCollectives, the collectives covering one of them (few: a scan of agencies, not tasks).
  CALL (r) {
    MATCH (a:Agency {id: r.agency})
    RETURN a
    UNION
    UNWIND coalesce(r.agencyKinds, []) AS kind
    MATCH (a:Agency {kind: kind})
    RETURN a
    UNION
    UNWIND CASE WHEN r.includeCollectives THEN coalesce(r.agencyKinds, []) ELSE [] END AS kind
    MATCH (a:Agency)
    WHERE a.isCollective AND kind IN a.coversKinds
    RETURN a
  }
  OPTIONAL MATCH (u:Agency)-[:PART_OF*1..6]->(a) WHERE r.includeUnits
  RETURN collect(DISTINCT a.id) + collect(DISTINCT u.id) AS agencies
}
CALL (r) {
  OPTIONAL MATCH (p:Province {id: r.province})
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE r.includeFormer
  RETURN collect(DISTINCT p.name) + collect(DISTINCT f.name) AS provinceNames
}
WITH r, implementing, agencies, provinceNames, r.anchor AS anchor

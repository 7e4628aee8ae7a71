// Fragment (included by api/list-tasks and api/count-tasks): what a task filter `r` names,
// resolved once, and the anchor its candidates are read from.
// In scope: r, a task filter (document, implements, agency, agencyKinds, includeCollectives, role,
//   includeUnits, domain, province, includeFormer, year, words). Adds: implementing (ids of the
//   documents implementing r.implements, transitively, in id order), agencies (r.agency's id, or those of the
//   agencies of r.agencyKinds and, with includeCollectives, of the collectives covering one; and
//   their units' with includeUnits),
//   provinceNames (r.province's name, and its former provinces' with includeFormer), anchor.
// The anchor is the most selective filter given, the first of: document, agency (or kinds), implements,
// province, domain; null when none is given. A new anchor is one line here and one branch in
// api/fragments/task-candidates.
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
WITH r, implementing, agencies, provinceNames,
  CASE
    WHEN r.document IS NOT NULL THEN 'document'
    WHEN r.agency IS NOT NULL OR r.agencyKinds IS NOT NULL THEN 'agency'
    WHEN r.implements IS NOT NULL THEN 'implements'
    WHEN r.province IS NOT NULL THEN 'province'
    WHEN r.domain IS NOT NULL THEN 'domain'
  END AS anchor

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
// Flags (src/graph/cypher.ts; taskFlags in graph/task.repository.ts sets those its batch needs):
// implements, agency, kinds, collectives, units, province, former: some filter of the batch has
// it; without them, implementing and provinceNames are [], and agencies r.agency's id alone.
// @if implements
CALL (r) {
  // In id order: list-tasks walks them in it to stop at the page.
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: r.implements})
  WITH DISTINCT d.id AS id ORDER BY id
  RETURN collect(id) AS implementing
}
// @else
WITH r, [] AS implementing
// @end
// @if kinds|units
CALL (r) {
  // The agency asked for, or the agencies of the kinds asked for (index agency_kind) and, with
  // includeCollectives, the collectives covering one of them (few: a scan of agencies, not tasks).
  CALL (r) {
    // @if agency
    MATCH (a:Agency {id: r.agency})
    RETURN a
    // @end
    // @if agency&kinds
    UNION
    // @end
    // @if kinds
    UNWIND coalesce(r.agencyKinds, []) AS kind
    MATCH (a:Agency {kind: kind})
    RETURN a
    // @end
    // @if collectives
    UNION
    UNWIND CASE WHEN r.includeCollectives THEN coalesce(r.agencyKinds, []) ELSE [] END AS kind
    MATCH (a:Agency)
    WHERE a.isCollective AND kind IN a.coversKinds
    RETURN a
    // @end
  }
  // @if units
  OPTIONAL MATCH (u:Agency)-[:PART_OF*1..6]->(a) WHERE r.includeUnits
  // @end
  RETURN collect(DISTINCT a.id)
    // @if units
    + collect(DISTINCT u.id)
    // @end
    AS agencies
}
// @else
// One agency alone needs no lookup: its id, found or not, is where its tasks are read from.
WITH r, implementing, CASE WHEN r.agency IS NULL THEN [] ELSE [r.agency] END AS agencies
// @end
// @if province
CALL (r) {
  OPTIONAL MATCH (p:Province {id: r.province})
  // @if former
  OPTIONAL MATCH (f:Province)-[:MERGED_INTO*1..3]->(p) WHERE r.includeFormer
  // @end
  RETURN collect(DISTINCT p.name)
    // @if former
    + collect(DISTINCT f.name)
    // @end
    AS provinceNames
}
// @else
WITH r, implementing, agencies, [] AS provinceNames
// @end
WITH r, implementing, agencies, provinceNames, r.anchor AS anchor

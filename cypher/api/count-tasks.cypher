// Counts of the tasks matching a filter, grouped and ranked: distinct tasks per group, most first
// (then by the group's keys), and the number of distinct tasks matching over all groups.
// Params: $r: a task filter, as one request of the list-tasks queries (anchor, document,
//   implements, agency, agencyKinds, includeCollectives, role, includeUnits, domain, province, includeFormer, year,
//   words); $groupBy: any of 'PROVINCE', 'DOMAIN', 'AGENCY', 'AGENCY_KIND', 'ROLE', 'YEAR';
//   $role: 'LEAD' | 'COORDINATOR' | null; $limit
// The candidates and the filter are the list-tasks queries', from the same fragments
// (api/fragments/task-*), so a count agrees with the `totalCount` of the same filter.
// Groups:
// - PROVINCE: the task's province;
// - DOMAIN: each domain it is in (null: none);
// - AGENCY, ROLE: each assignment (an agency and the side it is on), only those of the filter's
//   agencies when it names one (or kinds), and of $role (else the filter's role) when given;
//   null: a task with no such assignment;
// - AGENCY_KIND: the kind of each such assignment's agency; a collective's, with
//   includeCollectives, the filter's kinds it covers; null: an agency of no kind (a unit, a
//   collective, a body no kind names) or no assignment;
// - YEAR: each year it is scheduled in, as the `year` filter reads it: startYear..endYear, an
//   open end running to the latest year a matching task names, an open start from the earliest
//   (null: a task with no years).
WITH $r AS r
// @include api/fragments/task-filter-scope
CALL (r, implementing, agencies, provinceNames, anchor) {
  // @include api/fragments/task-candidates
  WITH r, t, implementing, agencies, provinceNames, anchor
  WHERE
    // @include api/fragments/task-filter
  RETURN collect(t) AS matching
}
WITH r, agencies, matching, coalesce($role, r.role) AS role,
  'PROVINCE' IN $groupBy AS byProvince, 'DOMAIN' IN $groupBy AS byDomain, 'YEAR' IN $groupBy AS byYear,
  'AGENCY' IN $groupBy OR 'ROLE' IN $groupBy OR 'AGENCY_KIND' IN $groupBy AS byAssignment,
  'AGENCY' IN $groupBy AS byAgency, 'ROLE' IN $groupBy AS byRole, 'AGENCY_KIND' IN $groupBy AS byKind
CALL (matching) {
  UNWIND matching AS t
  RETURN min(coalesce(t.startYear, t.endYear)) AS minYear, max(coalesce(t.endYear, t.startYear)) AS maxYear
}
CALL (r, agencies, matching, role, byProvince, byDomain, byYear, byAssignment, byAgency, byRole, byKind, minYear, maxYear) {
  UNWIND matching AS t
  CALL (t, byDomain) {
    WITH t WHERE NOT byDomain
    RETURN null AS domain
    UNION
    WITH t WHERE byDomain
    OPTIONAL MATCH (t)-[:IN_DOMAIN]->(m:Domain)
    RETURN m.code AS domain
  }
  CALL (t, r, agencies, role, byAssignment) {
    WITH t WHERE NOT byAssignment
    RETURN null AS agency, null AS side
    UNION
    WITH t WHERE byAssignment
    OPTIONAL MATCH (t)-[x:LED_BY|COORDINATED_BY]->(a:Agency)
    WHERE ((r.agency IS NULL AND r.agencyKinds IS NULL) OR a.id IN agencies)
      AND (role IS NULL OR type(x) = CASE role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END)
    RETURN a AS agency, CASE type(x) WHEN 'LED_BY' THEN 'LEAD' ELSE 'COORDINATOR' END AS side
  }
  WITH t, domain, agency, side, byProvince, byYear, byAgency, byRole, byKind, minYear, maxYear,
    coalesce(t.startYear, t.endYear) IS NULL AS undated,
    CASE WHEN agency.kind IS NOT NULL THEN [agency.kind]
      WHEN r.includeCollectives THEN [k IN coalesce(agency.coversKinds, []) WHERE k IN r.agencyKinds]
      ELSE [] END AS kinds
  UNWIND CASE WHEN byKind AND size(kinds) > 0 THEN kinds ELSE [null] END AS kind
  UNWIND CASE WHEN byYear AND NOT undated
    THEN range(coalesce(t.startYear, minYear), coalesce(t.endYear, maxYear)) ELSE [null] END AS year
  WITH CASE WHEN byProvince THEN t.province END AS province, domain,
    CASE WHEN byAgency THEN agency END AS agency, CASE WHEN byRole THEN side END AS side, kind, year, t
  WITH province, domain, agency, side, kind, year, count(DISTINCT t) AS tasks
  ORDER BY tasks DESC, province, domain, kind, year, agency.name, agency.id, side
  RETURN collect({province: province, domain: domain, agencyId: agency.id, agencyKind: kind, role: side, year: year,
    tasks: tasks}) AS groups
}
RETURN size(matching) AS total, groups[..toInteger($limit)] AS groups, size(groups) AS groupCount

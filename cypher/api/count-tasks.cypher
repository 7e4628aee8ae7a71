// Counts of the tasks matching a filter, grouped and ranked: distinct tasks per group, most first
// (then by the group's keys), and the number of distinct tasks matching over all groups.
// Params: $r: a task filter, as one request of list-tasks.cypher (document, implements, agency,
//   agencyKinds, includeCollectives, role, includeUnits, domain, province, includeFormer, year,
//   words); $groupBy: any of 'PROVINCE', 'DOMAIN', 'AGENCY', 'AGENCY_KIND', 'ROLE', 'YEAR';
//   $role: 'LEAD' | 'COORDINATOR' | null; $limit
// The candidates and the filter are those of list-tasks.cypher, so a count agrees with the
// `totalCount` of the same filter (test/api/stats.resolver.test.ts checks it): keep them alike.
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
CALL (r) {
  OPTIONAL MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: r.implements})
  RETURN collect(DISTINCT d.id) AS implementing
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
CALL (r, implementing, agencies, provinceNames) {
  CALL (r, implementing, agencies, provinceNames) {
    MATCH (t:Task)
    WHERE t.documentId = r.document
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL THEN agencies ELSE [] END AS agencyId
    MATCH (:Agency {id: agencyId})<-[:LED_BY|COORDINATED_BY]-(t:Task)
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL THEN implementing ELSE [] END AS documentId
    MATCH (t:Task)
    WHERE t.documentId = documentId
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL THEN provinceNames ELSE [] END AS name
    MATCH (t:Task)
    WHERE t.province = name
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL AND r.province IS NULL
      THEN [r.domain] ELSE [] END AS code
    MATCH (:Domain {code: code})<-[:IN_DOMAIN]-(t:Task)
    RETURN t
    UNION
    UNWIND CASE WHEN r.document IS NULL AND r.agency IS NULL AND r.agencyKinds IS NULL AND r.implements IS NULL AND r.province IS NULL
      AND r.domain IS NULL THEN [true] ELSE [] END AS everything
    MATCH (t:Task)
    RETURN t
  }
  WITH t
  WHERE (r.document IS NULL OR t.documentId = r.document)
    AND (r.implements IS NULL OR t.documentId IN implementing)
    AND (r.province IS NULL OR t.province IN provinceNames)
    AND (r.year IS NULL OR ((t.startYear IS NOT NULL OR t.endYear IS NOT NULL)
      AND coalesce(t.startYear, r.year) <= r.year AND r.year <= coalesce(t.endYear, r.year)))
    AND all(w IN r.words WHERE (' ' + t.searchText + ' ') CONTAINS (' ' + w + ' '))
    AND (r.domain IS NULL OR EXISTS { (t)-[:IN_DOMAIN]->(:Domain {code: r.domain}) })
    AND ((r.agency IS NULL AND r.agencyKinds IS NULL) OR EXISTS {
      MATCH (t)-[x:LED_BY|COORDINATED_BY]->(a:Agency)
      WHERE a.id IN agencies
        AND (r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END)
    })
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

// Fragment (included by api/list-tasks-of-agencies and api/fragments/task-candidates): the tasks
// assigned to the filter's agencies, on the side its role names (both when null), from each
// agency along its LED_BY and COORDINATED_BY relationships.
// In scope: r, agencies (api/fragments/task-filter-scope). Adds: t, one row per agency and task
// (a task led by one agency and coordinated by another comes twice).
// Flags: led, coordinated: some filter of the batch asks for that side (a role of LEAD or
// COORDINATOR, or none for both). One expansion per side, not one over both types tested with
// type(): that test read every relationship a second time.
UNWIND agencies AS agencyId
CALL (r, agencyId) {
  // @if led
  // An UNWIND, not a WHERE: the planner would read the relationships before checking r.
  UNWIND CASE WHEN r.role IS NULL OR r.role = 'LEAD' THEN [true] ELSE [] END AS side
  MATCH (:Agency {id: agencyId})<-[:LED_BY]-(t:Task)
  RETURN t
  // @end
  // @if led&coordinated
  UNION
  // @end
  // @if coordinated
  UNWIND CASE WHEN r.role IS NULL OR r.role = 'COORDINATOR' THEN [true] ELSE [] END AS side
  MATCH (:Agency {id: agencyId})<-[:COORDINATED_BY]-(t:Task)
  RETURN t
  // @end
}

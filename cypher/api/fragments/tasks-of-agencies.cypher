// Fragment (included by api/list-tasks-of-agencies and api/fragments/task-candidates): the tasks
// assigned to the filter's agencies, on the side its role names (both when null), from each
// agency along its LED_BY and COORDINATED_BY relationships.
// In scope: r, agencies (api/fragments/task-filter-scope). Adds: t, one row per assignment (a
// task led by one agency and coordinated by another comes twice).
UNWIND agencies AS agencyId
MATCH (:Agency {id: agencyId})<-[x:LED_BY|COORDINATED_BY]-(t:Task)
WHERE r.role IS NULL OR type(x) = CASE r.role WHEN 'LEAD' THEN 'LED_BY' ELSE 'COORDINATED_BY' END

// Fragment (included by api/list-tasks-of-domain and api/fragments/task-candidates): the tasks
// in the filter's domain, from the domain along IN_DOMAIN.
// In scope: r. Adds: t, one row per task.
MATCH (:Domain {code: r.domain})<-[:IN_DOMAIN]-(t:Task)

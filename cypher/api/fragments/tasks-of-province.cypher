// Fragment (included by api/list-tasks-of-province and api/fragments/task-candidates): the tasks
// of the filter's province (and its former ones), through the task_province index.
// In scope: provinceNames (api/fragments/task-filter-scope). Adds: t, one row per task.
UNWIND provinceNames AS name
MATCH (t:Task)
WHERE t.province = name

// Every domain (reference data: each export has all five), by code.
// Params: none.
MATCH (m:Domain)
RETURN m {.id, .code, .name, .nameEn} AS properties
ORDER BY m.code

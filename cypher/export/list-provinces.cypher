// Every province (reference data: each export has all 64, with the 2025 mergers), by id.
// Params: none.
MATCH (p:Province)
RETURN p {.id, .name, .current} AS properties
ORDER BY p.id

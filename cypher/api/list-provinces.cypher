// The provinces by name: all of them, or only those that exist today (`current`, the 34 since
// the 2025 merger) or only the former ones. Params: $current (boolean or null for all)
MATCH (p:Province)
WHERE $current IS NULL OR coalesce(p.current, false) = $current
// The caller sorts them in Vietnamese order (Đ after D), which Cypher's string order is not.
RETURN p {.*, label: 'Province'} AS province

// Vietnam's provinces from seed/provinces.json: the 63 of before the 2025 merger and the 34 of
// since (`current`), each former one MERGED_INTO the province it became part of.
// Params: $provinces: [{id, name, current, mergedIntoId, on}]
UNWIND $provinces AS province
MERGE (p:Province {id: province.id})
SET p.name = province.name, p.current = province.current
WITH p, province
WHERE province.mergedIntoId IS NOT NULL
MERGE (into:Province {id: province.mergedIntoId})
MERGE (p)-[m:MERGED_INTO]->(into)
SET m.on = province.on

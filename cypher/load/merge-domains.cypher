// The five domains of 36-NQ/TW, from seed/domains.json.
// Params: $domains: [{code, name, nameEn}]
UNWIND $domains AS d
MERGE (m:Domain {code: d.code})
SET m.id = 'domain/' + d.code, m.name = d.name, m.nameEn = d.nameEn

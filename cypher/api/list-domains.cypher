// The five domains of 36-NQ/TW, by code. Params: none
MATCH (m:Domain)
RETURN m {.*, label: 'Domain'} AS domain
ORDER BY m.code

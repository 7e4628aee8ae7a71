// Derived links from a plan's task to the parent task it carries out (src/derive/derive.ts), marked
// `derived: true` with how they were found (`method` REFERENCE or SIMILARITY) and the score (1 for
// a reference, else the cosine); `excerpt` holds a reference's words.
// Params: $links: [{from, to, score, method, excerpt}]
UNWIND $links AS l
MATCH (a:Task {id: l.from}), (b:Task {id: l.to})
CREATE (a)-[:DERIVES_FROM {derived: true, method: l.method, score: l.score, excerpt: l.excerpt}]->(b)

// Constraints and indexes of the graph, applied idempotently at start-up (IF NOT EXISTS).
// One statement per `;`. Params: none.
// A unique id per label (the id is the stable, readable key every MERGE uses).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_code IF NOT EXISTS FOR (n:Domain) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
// Lookups used by filters.
CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol);
CREATE INDEX document_province IF NOT EXISTS FOR (n:Document) ON (n.province);
CREATE INDEX agency_province IF NOT EXISTS FOR (n:Agency) ON (n.province);
CREATE INDEX agency_folded IF NOT EXISTS FOR (n:Agency) ON (n.folded);
// Where a task list by agency kind starts (`agencyKind: SO_Y_TE`): the agencies of the kind.
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX task_start_year IF NOT EXISTS FOR (n:Task) ON (n.startYear);
// Where a task list starts when it is given a document, implemented documents or a province.
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX task_province IF NOT EXISTS FOR (n:Task) ON (n.province);
// Full-text search over documents, tasks and agencies. Every node stores `searchText`: its
// words with diacritics folded (đ → d), so the standard analyzer matches "so y te hung yen".
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|Task|Agency) ON EACH [n.searchText];

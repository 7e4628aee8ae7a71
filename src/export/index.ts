/**
 * Exports of the graph: GraphML and GEXF for Gephi, CSV tables, JSON-LD in the ELI vocabulary;
 * streamed from Neo4j, with the corpus version and provenance in every one.
 */
export { EXPORT_TIMEOUT_MS, prepareExport, type PreparedExport } from './export.js';
export {
  CSV_TABLES,
  EXPORT_FORMATS,
  ExportArgumentError,
  FILTER_NAMES,
  isCsvTable,
  isExportFormat,
  parseExportRequest,
  type CsvTable,
  type ExportFormat,
  type ExportRequest,
  type FilterName,
} from './request.js';
export { graphmlId } from './graphml.js';
export { JSONLD_CONTEXT } from './jsonld.js';

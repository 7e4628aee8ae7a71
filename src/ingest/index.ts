/**
 * Ingestion: plan documents (text) → extraction. Pure; no database.
 */
export { extract } from './extract.js';
export { loadDictionaries, provinceRecords, type Dictionaries, type ProvinceRecord } from './dictionary.js';
export { IngestError } from './normalize.js';
export type * from './types.js';
export { emit, type GraphRecords } from './emit.js';
export { checkFileSize, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits.js';

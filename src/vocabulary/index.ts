/**
 * The project's vocabulary in one home: kinds of documents and their words, issuer codes,
 * agency words and kinds, roles, recurrences, domains and layouts. The ingestion reads with it and the
 * API's enums are made from it, so the two never disagree.
 */
export * from './documents.js';
export * from './issuers.js';
export * from './agencies.js';
export * from './agency-kinds.js';
export * from './tasks.js';
export { enumOf } from './enum.js';

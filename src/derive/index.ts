/**
 * Derived facts: which parent task a plan's task carries out, and how alike two tasks are.
 * Pure: no database, no GraphQL.
 */
export {
  deriveLinks,
  NEAR_TIE,
  SIMILARITY_THRESHOLD,
  type DerivableTask,
  type DerivedLink,
  type DeriveOptions,
  type ParentDocument,
} from './derive.js';
export { codeKey, symbolKey, taskReferences, type TaskReference } from './references.js';
export { cosine, similarities, terms, tfidf, type ScoredPair, type TaskText } from './similarity.js';

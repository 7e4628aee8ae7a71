/**
 * Text helpers every layer shares: folding and slugs.
 */
export { fold, foldWords, slugify, wordsOf } from './fold.js';

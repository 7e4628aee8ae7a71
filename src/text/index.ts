/**
 * Text helpers every layer shares: folding and slugs.
 */
export { fold, foldWords, slugify } from './fold.js';

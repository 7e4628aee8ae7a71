/**
 * Text helpers every layer shares: folding, slugs and Vietnamese alphabetical order.
 */
export { fold, foldWords, slugify, wordsOf } from './fold.js';
export { byName, compareVietnamese } from './collate.js';

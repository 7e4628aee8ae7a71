/**
 * Domains of a task: the five biotech domains of 36-NQ/TW, read from the words of the task and
 * of the heading of the section it sits in (seed/domains.json). A task may have several or none.
 */
import type { DomainEntry } from './dictionary.js';
import type { DomainCode } from './types.js';
import { foldWords } from './text.js';

/** The domains a text names. */
export function domainsIn(text: string, domains: DomainEntry[]): DomainCode[] {
  const folded = ` ${foldWords(text)} `;
  const found: DomainCode[] = [];
  for (const domain of domains) {
    const { keywords, exclude } = foldedPhrases(domain);
    let scoped = folded;
    for (const phrase of exclude) if (scoped.includes(phrase)) scoped = scoped.split(phrase).join(' | ');
    if (keywords.test(scoped)) found.push(domain.code);
  }
  return found;
}

// Every task's text is matched against every keyword: fold each dictionary once, its keywords
// into one pattern of whole words (one pass over the text rather than one per keyword: half the
// time on the national corpus's tasks). Folded words are letters, digits and spaces only.
const phrases = new WeakMap<DomainEntry, { keywords: RegExp; exclude: string[] }>();

function foldedPhrases(domain: DomainEntry): { keywords: RegExp; exclude: string[] } {
  let entry = phrases.get(domain);
  if (entry === undefined) {
    const keywords = domain.keywords.map((keyword) => foldWords(keyword));
    entry = {
      keywords: keywords.length === 0 ? /(?!)/ : new RegExp(` (?:${keywords.join('|')}) `),
      exclude: domain.exclude.map((phrase) => ` ${foldWords(phrase)} `),
    };
    phrases.set(domain, entry);
  }
  return entry;
}

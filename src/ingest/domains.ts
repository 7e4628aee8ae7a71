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
    let scoped = folded;
    for (const phrase of domain.exclude) scoped = scoped.split(` ${foldWords(phrase)} `).join(' | ');
    if (domain.keywords.some((keyword) => scoped.includes(` ${foldWords(keyword)} `))) found.push(domain.code);
  }
  return found;
}

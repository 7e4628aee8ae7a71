/**
 * The pairwise similarity derivation runs on (typed arrays over term numbers) gives exactly the
 * cosine of the TF-IDF vectors, so links and their scores do not depend on how it is computed.
 */
import { describe, expect, it } from 'vitest';
import { cosine, similarities, tfidf } from '../../src/derive/index.js';
import { extractSeed, SEEDS } from '../helpers/ingest.js';

function tasksOf(seed: keyof typeof SEEDS) {
  return extractSeed(SEEDS[seed]).document.tasks.map((task, i) => ({ id: `${seed}-${i}`, text: task.text }));
}

describe('similarities', () => {
  const children = tasksOf('bacGiang2024');
  const parents = tasksOf('hungYen');
  const vectors = tfidf([...children, ...parents].map((task) => task.text));

  it('scores every pair of a seed plan and another plan with the cosine of their TF-IDF vectors, to the last bit', () => {
    const pairs = similarities(children, parents);
    expect(pairs).toHaveLength(children.length * parents.length);
    const expected = children.flatMap((child, i) =>
      parents.map((parent, j) => ({
        from: child.id,
        to: parent.id,
        score: cosine(vectors[i]!, vectors[children.length + j]!),
      })),
    );
    expect(pairs).toEqual(expected);
    // The comparison means something: the two plans share duties.
    expect(pairs.some((pair) => pair.score > 0.26)).toBe(true);
  });

  it('keeps, with a floor, exactly the pairs scoring at least it, in the same order', () => {
    const all = similarities(children, parents);
    expect(similarities(children, parents, 0.26)).toEqual(all.filter((pair) => pair.score >= 0.26));
  });
});

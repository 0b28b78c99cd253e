import { describe, expect, it } from 'vitest';
import { ItemScores } from './item-scores.ts';
import { seededRandom } from './seeded-random.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';

function randomSessions(count: number, itemCount: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * itemCount)),
  );
}

/** The rule weights written out pair by pair, as the definition reads: the reference the fast fit must match. */
function referenceRules(
  sessions: number[][],
  itemCount: number,
  window: number,
  backwardWeight: number,
  normalization: number,
): Map<number, Map<number, number>> {
  const rows = new Map<number, Map<number, number>>();
  const add = (from: number, to: number, weight: number): void => {
    const row = rows.get(from) ?? new Map<number, number>();
    row.set(to, (row.get(to) ?? 0) + weight);
    rows.set(from, row);
  };
  for (const session of sessions) {
    for (let later = 1; later < session.length; later++) {
      for (let earlier = Math.max(0, later - window); earlier < later; earlier++) {
        add(session[earlier]!, session[later]!, 1 / (later - earlier));
        add(session[later]!, session[earlier]!, backwardWeight / (later - earlier));
      }
    }
  }
  for (const row of rows.values()) {
    const total = [...row.values()].reduce((sum, weight) => sum + weight, 0);
    for (const [to, weight] of row) row.set(to, weight / Math.pow(total, normalization));
  }
  expect(itemCount).toBeGreaterThan(0);
  return rows;
}

describe('SequentialRulesRecommender fit', () => {
  it('gives every item the weights of the pair-by-pair definition', () => {
    const itemCount = 30;
    const sessions = randomSessions(300, itemCount, 5);
    const options = { window: 3, backwardWeight: 0.2, normalization: 0.5, maxRulesPerItem: itemCount };
    const rules = new SequentialRulesRecommender(options);
    rules.fit(sessions, itemCount);
    const reference = referenceRules(sessions, itemCount, 3, 0.2, 0.5);
    const scores = new ItemScores(itemCount);
    for (let item = 0; item < itemCount; item++) {
      scores.clear();
      rules.addRulesOf(item, 1, scores);
      const expected = reference.get(item) ?? new Map<number, number>();
      expect(scores.size).toBe(expected.size);
      for (const [to, weight] of expected) expect(scores.get(to)).toBeCloseTo(weight, 5);
    }
  });

  it('keeps only the strongest rules per item and scales them when asked', () => {
    const sessions = [
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 2],
      [0, 2],
      [0, 3],
    ];
    const rules = new SequentialRulesRecommender({
      window: 1,
      backwardWeight: 0,
      normalization: 1,
      maxRulesPerItem: 2,
    });
    rules.fit(sessions, 4);
    const scores = new ItemScores(4);
    rules.addRulesOf(0, 2, scores);
    expect(scores.top(5)).toEqual([1, 2]);
    // P(1 | 0) = 3/6, doubled; the dropped rule still counts in the normalising total.
    expect(scores.get(1)).toBeCloseTo(1, 6);
    expect(scores.get(2)).toBeCloseTo(2 / 3, 6);
    scores.clear();
    rules.addRulesOf(99, 1, scores);
    expect(scores.size).toBe(0);
  });
});

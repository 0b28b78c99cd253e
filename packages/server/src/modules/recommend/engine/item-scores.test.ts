import { describe, expect, it } from 'vitest';
import { ItemScores } from './item-scores.ts';

describe('ItemScores', () => {
  it('sums evidence per item and ranks the best first, ties by lower index', () => {
    const scores = new ItemScores(10);
    scores.add(3, 1);
    scores.add(5, 2);
    scores.add(3, 1.5);
    scores.add(7, 2);
    expect(scores.get(3)).toBe(2.5);
    expect(scores.top(3)).toEqual([3, 5, 7]);
    expect(scores.top(10)).toHaveLength(3);
  });

  it('forgets everything on clear', () => {
    const scores = new ItemScores(4);
    scores.add(1, 5);
    scores.clear();
    expect(scores.size).toBe(0);
    expect(scores.has(1)).toBe(false);
    expect(scores.get(1)).toBe(0);
    scores.add(2, -1);
    expect(scores.top(5)).toEqual([2]);
  });
});

import { describe, expect, it } from 'vitest';
import { daySlot, SLOT_TAGS } from './time-of-day.ts';

describe('home shelf by time of day', () => {
  it('splits the day into five slots, each with tags to show', () => {
    expect([6, 12, 15, 19, 23, 2].map(daySlot)).toEqual([
      'morning',
      'noon',
      'afternoon',
      'evening',
      'night',
      'night',
    ]);
    for (const tags of Object.values(SLOT_TAGS)) expect(tags.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { birthYears, cityOptions, EMPTY_DETAILS, needsConsent } from './portrait-form.ts';

describe('profile details form', () => {
  it('needs the analytics consent to save any value, but not to clear everything', () => {
    expect(needsConsent(EMPTY_DETAILS)).toBe(false);
    expect(needsConsent({ ...EMPTY_DETAILS, gender: 'female' })).toBe(true);
    expect(needsConsent({ ...EMPTY_DETAILS, birthYear: 1990 })).toBe(true);
  });

  it('offers birth years from 13 years ago back to 1920, newest first', () => {
    const years = birthYears(new Date(2026, 5, 1));
    expect(years[0]).toBe(2013);
    expect(years.at(-1)).toBe(1920);
    expect(years).toHaveLength(94);
  });

  it('sorts the city table by name in the reader’s language and ends with the two choices outside it', () => {
    const table = [
      { key: 'shanghai', name: 'Shanghai' },
      { key: 'beijing', name: 'Beijing' },
    ];
    expect(cityOptions(table, (k) => `[${k}]`, 'en').map((c) => c.key)).toEqual([
      'beijing',
      'shanghai',
      'other-cn',
      'overseas',
    ]);
  });
});

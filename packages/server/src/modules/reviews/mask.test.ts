import { describe, expect, it } from 'vitest';
import { maskReviewerName } from './mask.ts';

describe('maskReviewerName', () => {
  it('keeps the first character and one star, whatever the length', () => {
    expect(maskReviewerName('张三')).toBe('张*');
    expect(maskReviewerName('张三丰')).toBe('张*');
    expect(maskReviewerName('  Alice Smith ')).toBe('A*');
    // A character outside the BMP is one character, not half a surrogate pair.
    expect(maskReviewerName('𠮷野家')).toBe('𠮷*');
    expect(maskReviewerName('   ')).toBe('*');
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseForIndex } from './blind-index.ts';

describe('blind-index normalisation of risk signals', () => {
  it('keeps a device id as sent, apart from surrounding space: case matters in opaque tokens', () => {
    expect(normaliseForIndex('device', '  3F2A-b9 ')).toBe('3F2A-b9');
    expect(normaliseForIndex('device', '3f2a-B9')).not.toBe(normaliseForIndex('device', '3F2A-b9'));
  });

  it('folds case, width and runs of space in an address, as people type it differently', () => {
    expect(normaliseForIndex('address', ' Zhejiang|Hangzhou|Xihu|1  Wensan\tRoad| ')).toBe(
      'zhejiang|hangzhou|xihu|1 wensan road|',
    );
    expect(normaliseForIndex('address', '１ Wensan Road')).toBe('1 wensan road');
  });
});

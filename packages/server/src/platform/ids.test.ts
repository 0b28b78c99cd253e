import { decodeTime, isValid } from 'ulidx';
import { describe, expect, it } from 'vitest';
import { hasPrefix, newId, newUlid } from './ids.ts';

describe('ids', () => {
  it('are prefixed lower-case ULIDs that decode to the time they were made', () => {
    const at = Date.UTC(2026, 11, 4, 12, 30, 15, 123);
    const id = newUlid(at);
    expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
    expect(isValid(id.toUpperCase())).toBe(true);
    expect(decodeTime(id.toUpperCase())).toBe(at);
    const order = newId('ord');
    expect(hasPrefix(order, 'ord')).toBe(true);
    expect(Math.abs(decodeTime(order.slice(4).toUpperCase()) - Date.now())).toBeLessThan(5_000);
  });

  it('sort by time, and never repeat across many pool refills', () => {
    const earlier = newUlid(1_000_000);
    const later = newUlid(1_000_001);
    expect(earlier < later).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) seen.add(newUlid(1_000_000));
    expect(seen.size).toBe(20_000);
  });

  it('spread the random part evenly over the alphabet', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4_000; i += 1)
      for (const ch of newUlid(0).slice(10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 64,000 characters over 32 symbols: 2,000 each expected; a biased generator drifts far beyond 15%.
    for (const n of counts.values()) expect(Math.abs(n - 2_000)).toBeLessThan(300);
  });
});

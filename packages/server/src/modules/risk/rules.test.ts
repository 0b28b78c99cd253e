import { describe, expect, it } from 'vitest';
import { medianOf, scoreAttempt, type AttemptHistory } from './rules.ts';
import { DEFAULT_RISK_THRESHOLDS as defaults } from './thresholds.ts';

const quiet: AttemptHistory = {
  accountAttempts: 1,
  deviceAttempts: 1,
  addressAttempts: 1,
  accountsOnDevice: 1,
  discountedOrdersElsewhere: null,
  amount: 10_000,
  medianPaid: null,
};

describe('payment risk rules', () => {
  it('scores a quiet attempt zero and lets it through', () => {
    expect(scoreAttempt(quiet, defaults)).toEqual({ score: 0, reasons: [], hold: false });
  });

  it.each<[string, Partial<AttemptHistory>, string, boolean]>([
    ['six attempts by one account in an hour', { accountAttempts: 6 }, 'account_velocity', true],
    ['eleven attempts from one device in an hour', { deviceAttempts: 11 }, 'device_velocity', true],
    ['a fourth account on one device', { accountsOnDevice: 4 }, 'shared_device', true],
    ['eleven attempts to one address in a day', { addressAttempts: 11 }, 'address_velocity', false],
    [
      'a fourth discounted order from one device or address',
      { discountedOrdersElsewhere: 4 },
      'discount_reuse',
      false,
    ],
  ])('fires on %s (holding alone: %s)', (_label, over, code, holds) => {
    const scored = scoreAttempt({ ...quiet, ...over }, defaults);
    expect(scored.reasons.map((r) => r.code)).toEqual([code]);
    expect(scored.hold).toBe(holds);
  });

  it('stays silent at each limit: the limit itself is allowed', () => {
    const atLimits = {
      ...quiet,
      accountAttempts: 5,
      deviceAttempts: 10,
      addressAttempts: 10,
      accountsOnDevice: 3,
      discountedOrdersElsewhere: 3,
      amount: 5_000,
      medianPaid: { amount: 1_000, basis: 'account' as const },
    };
    expect(scoreAttempt(atLimits, defaults).reasons).toEqual([]);
  });

  it('flags an amount above five times the median, saying whose median', () => {
    const scored = scoreAttempt(
      { ...quiet, amount: 5_001, medianPaid: { amount: 1_000, basis: 'merchant' } },
      defaults,
    );
    expect(scored.reasons).toEqual([
      { code: 'amount_spike', points: 40, observed: 5_001, limit: 5_000, basis: 'merchant' },
    ]);
    expect(scored.hold).toBe(false);
  });

  it('adds up: two weaker signals together reach the hold score', () => {
    const scored = scoreAttempt(
      { ...quiet, addressAttempts: 11, amount: 99_999, medianPaid: { amount: 1_000, basis: 'account' } },
      defaults,
    );
    expect(scored).toMatchObject({ score: 80, hold: true });
  });

  it('follows the merchant thresholds', () => {
    const strict = {
      ...defaults,
      holdScore: 30,
      rules: { ...defaults.rules, address_velocity: { limit: 2, points: 30 } },
    };
    expect(scoreAttempt({ ...quiet, addressAttempts: 3 }, strict)).toMatchObject({ score: 30, hold: true });
  });

  it('ignores signals the client did not send', () => {
    const blind = { ...quiet, deviceAttempts: null, accountsOnDevice: null, addressAttempts: null };
    expect(scoreAttempt(blind, defaults).score).toBe(0);
  });

  it('takes the lower middle as the median, so it is a real order amount', () => {
    expect(medianOf([])).toBeUndefined();
    expect(medianOf([300, 100, 200])).toBe(200);
    expect(medianOf([400, 100, 300, 200])).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import { actionsFor, describeReason, scoreTag } from './reasons.ts';
import type { Assessment } from './types.ts';

const assessment = (over: Partial<Assessment>): Assessment => ({
  id: 'rsk_1',
  orderId: 'ord_1',
  paymentId: 'pay_1',
  customerId: 'cus_1',
  amount: 5_800,
  currency: 'CNY',
  discount: 0,
  deviceSeen: true,
  score: 60,
  reasons: [{ code: 'account_velocity', points: 60, observed: 6, limit: 5 }],
  decision: 'held',
  decidedBy: 'system',
  decidedAt: '2026-12-02T02:00:00.000Z',
  reviewNote: null,
  createdAt: '2026-12-02T02:00:00.000Z',
  ...over,
});

describe('payment risk page', () => {
  it('explains a count rule by its message, with what was seen and the limit', () => {
    expect(describeReason({ code: 'shared_device', points: 60, observed: 4, limit: 3 }, 'CNY', 'en')).toEqual(
      {
        key: 'reasons.shared_device',
        values: { observed: 4, limit: 3 },
      },
    );
  });

  it('explains an amount spike in money, saying whose median it is', () => {
    const reason = {
      code: 'amount_spike' as const,
      points: 40,
      observed: 600_000,
      limit: 50_000,
      basis: 'merchant' as const,
    };
    expect(describeReason(reason, 'CNY', 'en')).toEqual({
      key: 'reasons.amount_spike_merchant',
      values: { amount: '¥6,000.00', limit: '¥500.00' },
    });
  });

  it('offers approve and reject only on held assessments, to reviewers', () => {
    expect(actionsFor(assessment({}), true)).toEqual(['approve', 'reject']);
    expect(actionsFor(assessment({}), false)).toEqual([]);
    expect(actionsFor(assessment({ decision: 'approved' }), true)).toEqual([]);
    expect(actionsFor(assessment({ decision: 'lapsed' }), true)).toEqual([]);
  });

  it('colours a score by the hold threshold', () => {
    expect([scoreTag(60, 60), scoreTag(40, 60), scoreTag(0, 60)]).toEqual(['danger', 'warning', 'info']);
  });
});

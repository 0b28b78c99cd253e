import type { RiskRule, RiskThresholds } from './thresholds.ts';

/** What the history says about one payment attempt; counts include the attempt itself. */
export interface AttemptHistory {
  /** Attempts by the account in the last hour. */
  accountAttempts: number;
  /** Attempts from the device in the last hour; null when the client sent no device id. */
  deviceAttempts: number | null;
  /** Attempts to the delivery address in the last day. */
  addressAttempts: number | null;
  /** Distinct accounts paying from the device in the last 24 hours. */
  accountsOnDevice: number | null;
  /** Other discounted orders from the device or to the address in 7 days; null without a discount. */
  discountedOrdersElsewhere: number | null;
  amount: number;
  /** The median paid order this amount is compared with, and whose; null when too few were paid. */
  medianPaid: { amount: number; basis: 'account' | 'merchant' } | null;
}

/** One rule that fired: counts and amounts only, never the signals themselves. */
export interface RiskReason {
  code: RiskRule;
  points: number;
  /** What was seen: a count, or for amount_spike the amount in minor units. */
  observed: number;
  /** What it exceeded: a count, or for amount_spike the multiple of the median in minor units. */
  limit: number;
  /** For amount_spike: whose median the amount was compared with. */
  basis?: 'account' | 'merchant';
}

export interface RiskScore {
  score: number;
  reasons: RiskReason[];
  hold: boolean;
}

/** Scores an attempt: each rule whose count passes its limit adds its points. Pure, so tested alone. */
export function scoreAttempt(history: AttemptHistory, thresholds: RiskThresholds): RiskScore {
  const { rules } = thresholds;
  const reasons: RiskReason[] = [];
  const over = (code: RiskRule, observed: number | null, limit = rules[code].limit) => {
    if (observed !== null && observed > limit)
      reasons.push({ code, points: rules[code].points, observed, limit });
  };
  over('account_velocity', history.accountAttempts);
  over('device_velocity', history.deviceAttempts);
  over('address_velocity', history.addressAttempts);
  over('shared_device', history.accountsOnDevice);
  over('discount_reuse', history.discountedOrdersElsewhere);
  if (history.medianPaid) {
    const limit = history.medianPaid.amount * rules.amount_spike.limit;
    if (history.amount > limit) {
      reasons.push({
        code: 'amount_spike',
        points: rules.amount_spike.points,
        observed: history.amount,
        limit,
        basis: history.medianPaid.basis,
      });
    }
  }
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score, reasons, hold: score >= thresholds.holdScore };
}

/** The middle value (the lower of the two middles for an even count, so it stays a real order amount). */
export function medianOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

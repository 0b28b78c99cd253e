import { formatMoney } from '../../format/money.ts';
import type { Assessment, RiskReason } from './types.ts';

/** The message key and values that explain why a rule fired; counts and amounts only. */
export function describeReason(
  reason: RiskReason,
  currency: string,
  locale: string,
): { key: string; values: Record<string, string | number> } {
  if (reason.code === 'amount_spike') {
    return {
      key: `reasons.amount_spike_${reason.basis ?? 'account'}`,
      values: {
        amount: formatMoney(reason.observed, currency, locale),
        limit: formatMoney(reason.limit, currency, locale),
      },
    };
  }
  return { key: `reasons.${reason.code}`, values: { observed: reason.observed, limit: reason.limit } };
}

/** What a reviewer can do with an assessment: decide it while it is held, nothing after. */
export function actionsFor(assessment: Assessment, canReview: boolean): ('approve' | 'reject')[] {
  return canReview && assessment.decision === 'held' ? ['approve', 'reject'] : [];
}

/** Element Plus tag type for a score against the hold threshold. */
export function scoreTag(score: number, holdScore: number): 'danger' | 'warning' | 'info' {
  if (score >= holdScore) return 'danger';
  return score > 0 ? 'warning' : 'info';
}

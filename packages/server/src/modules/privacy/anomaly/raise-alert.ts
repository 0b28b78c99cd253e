import type { FastifyBaseLogger } from 'fastify';
import type { AnomalyRule, AnomalyThresholds } from '../../../config.ts';
import { emit, newId, NO_PRIVACY, systemCtx, type Db } from '../../../platform/index.ts';
import './events.ts';
import { privacyAlerts, type AlertDetail } from './tables.ts';

/** One rule tripped by one staff member. */
export interface Finding {
  merchantId: string;
  actorId: string;
  rule: AnomalyRule;
  detail: AlertDetail;
}

/**
 * Records the alert and, for the rules that freeze, the event the staff module freezes the account on,
 * in one transaction. An open alert of the same rule for the same person already covers it: nothing
 * new is raised, so several processes finding one burst freeze it once.
 */
export async function raiseAlert(
  db: Db,
  finding: Finding,
  thresholds: AnomalyThresholds,
  now: Date,
  log: FastifyBaseLogger,
): Promise<string | undefined> {
  const action = thresholds.freezeOn.includes(finding.rule) ? 'freeze' : 'alert';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(privacyAlerts)
      .values({
        id: newId('alert'),
        merchantId: finding.merchantId,
        actorId: finding.actorId,
        rule: finding.rule,
        action,
        detail: finding.detail,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: privacyAlerts.id });
    if (!row) return undefined;
    if (action === 'freeze') {
      const ctx = { ...systemCtx(tx, finding.merchantId, 'anomaly', NO_PRIVACY), inTransaction: true };
      await emit(ctx, 'privacy.staff_frozen', {
        staffId: finding.actorId,
        alertId: row.id,
        rule: finding.rule,
      });
    }
    log.warn({ alertId: row.id, rule: finding.rule, staffId: finding.actorId, action }, 'access anomaly');
    return row.id;
  });
}

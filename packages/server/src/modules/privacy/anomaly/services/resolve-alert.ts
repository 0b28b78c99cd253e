import { and, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../../platform/index.ts';
import { privacyAlerts } from '../tables.ts';
import { toAlertView, type AlertView } from '../views.ts';

/**
 * Marks an alert reviewed. It does not unfreeze anyone (that is the staff unfreeze, which resolves the
 * freeze alerts itself); resolving twice answers the alert as it is.
 */
export async function resolveAlert(ctx: Ctx, alertId: string): Promise<Result<AlertView>> {
  const where = and(eq(privacyAlerts.merchantId, ctx.merchantId), eq(privacyAlerts.id, alertId));
  const [resolved] = await ctx.db
    .update(privacyAlerts)
    .set({ status: 'resolved', resolvedBy: actorLabel(ctx), resolvedAt: new Date() })
    .where(and(where, eq(privacyAlerts.status, 'open')))
    .returning();
  if (resolved) return ok(toAlertView(resolved));
  const [existing] = await ctx.db.select().from(privacyAlerts).where(where);
  return existing ? ok(toAlertView(existing)) : fail('PRIVACY_ALERT_NOT_FOUND');
}

/** Closes a staff member's open freeze alerts once they are unfrozen (on 'staff.unfrozen'). */
export async function resolveFreezeAlerts(ctx: Ctx, staffId: string, by: string): Promise<void> {
  await ctx.db
    .update(privacyAlerts)
    .set({ status: 'resolved', resolvedBy: by, resolvedAt: new Date() })
    .where(
      and(
        eq(privacyAlerts.merchantId, ctx.merchantId),
        eq(privacyAlerts.actorId, staffId),
        eq(privacyAlerts.action, 'freeze'),
        eq(privacyAlerts.status, 'open'),
      ),
    );
}

function actorLabel(ctx: Ctx): string {
  return ctx.actor.kind === 'staff' ? ctx.actor.staffId : `${ctx.actor.kind}`;
}

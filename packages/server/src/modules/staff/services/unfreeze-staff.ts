import { and, eq } from 'drizzle-orm';
import { emit, fail, inTransaction, type Ctx, type Result } from '../../../platform/index.ts';
import '../events.ts';
import { staff } from '../schema.ts';
import type { StaffView } from '../views.ts';
import { getStaff } from './get-staff.ts';

/**
 * Returns a frozen account to active after an owner reviewed its alert. The account signs in afresh (its
 * sessions stayed revoked). The change is audited, and the privacy module closes the account's freeze
 * alerts on 'staff.unfrozen', so the reads that froze it do not freeze it again.
 */
export async function unfreezeStaff(ctx: Ctx, staffId: string): Promise<Result<StaffView>> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(staff)
      .set({ status: 'active', updatedAt: new Date() })
      .where(and(eq(staff.merchantId, ctx.merchantId), eq(staff.id, staffId), eq(staff.status, 'frozen')))
      .returning({ id: staff.id });
    if (!row) {
      const existing = await getStaff(tx, staffId);
      return existing.ok ? fail('STAFF_NOT_FROZEN') : existing;
    }
    await emit(tx, 'staff.unfrozen', { staffId, by: actorLabel(ctx) });
    ctx.privacy.audit.record(ctx, {
      subjectId: staffId,
      fields: ['staff.status'],
      operation: 'write',
      purpose: 'administration',
    });
    return getStaff(tx, staffId);
  });
}

function actorLabel(ctx: Ctx): string {
  const { actor } = ctx;
  if (actor.kind === 'staff') return actor.staffId;
  return actor.kind === 'system' ? `system:${actor.reason}` : actor.kind;
}

import { eq, isNotNull } from 'drizzle-orm';
import { inTransaction, systemCtx, type Runtime } from '../../../platform/index.ts';
import { staff } from '../schema.ts';
import { sealStaff } from './personal.ts';

/** As customers' sealLegacyCustomerRows: seals staff rows of databases created before the vault. */
export async function sealLegacyStaffRows(runtime: Runtime): Promise<number> {
  const { db } = runtime.database;
  const rows = await db.select().from(staff).where(isNotNull(staff.legacyEmail));
  for (const row of rows) {
    const ctx = systemCtx(db, row.merchantId, 'seal legacy rows', runtime.privacy);
    await inTransaction(ctx, async (tx) => {
      const personal = await sealStaff(tx, row.id, {
        email: row.legacyEmail ?? '',
        displayName: row.legacyDisplayName ?? '',
      });
      await tx.db
        .update(staff)
        .set({ ...personal, legacyEmail: null, legacyDisplayName: null })
        .where(eq(staff.id, row.id));
    });
  }
  return rows.length;
}

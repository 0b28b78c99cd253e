import { and, eq, isNotNull } from 'drizzle-orm';
import { inTransaction, systemCtx, type Runtime } from '../../../platform/index.ts';
import { customerAddresses, customers } from '../schema.ts';
import { sealAddress, sealCustomer } from './personal.ts';

const BATCH = 200;

/**
 * Databases created before the vault hold customers and addresses in plaintext columns. At boot this
 * seals each such row under its owner's data key and empties the plaintext, in batches, so an upgraded
 * shop keeps its shoppers (who still sign in by email) without a manual step. A no-op query afterwards.
 */
export async function sealLegacyCustomerRows(runtime: Runtime): Promise<number> {
  const { db } = runtime.database;
  let sealed = 0;
  for (;;) {
    const rows = await db.select().from(customers).where(isNotNull(customers.legacyEmail)).limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const ctx = systemCtx(db, row.merchantId, 'seal legacy rows', runtime.privacy);
      await inTransaction(ctx, async (tx) => {
        const personal = await sealCustomer(tx, row.id, {
          email: row.legacyEmail ?? '',
          displayName: row.legacyDisplayName ?? '',
          phone: row.legacyPhone,
        });
        await tx.db
          .update(customers)
          .set({ ...personal, legacyEmail: null, legacyDisplayName: null, legacyPhone: null })
          .where(and(eq(customers.merchantId, row.merchantId), eq(customers.id, row.id)));
      });
      sealed += 1;
    }
  }
  for (;;) {
    const rows = await db
      .select()
      .from(customerAddresses)
      .where(isNotNull(customerAddresses.legacyLine1))
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const ctx = systemCtx(db, row.merchantId, 'seal legacy rows', runtime.privacy);
      await inTransaction(ctx, async (tx) => {
        const personal = await sealAddress(tx, row.customerId, row.id, {
          recipient: row.legacyRecipient ?? '',
          phone: row.legacyPhone ?? '',
          district: row.legacyDistrict ?? '',
          line1: row.legacyLine1 ?? '',
          line2: row.legacyLine2,
          postalCode: row.legacyPostalCode,
          location: null,
        });
        await tx.db
          .update(customerAddresses)
          .set({
            ...personal,
            legacyRecipient: null,
            legacyPhone: null,
            legacyDistrict: null,
            legacyLine1: null,
            legacyLine2: null,
            legacyPostalCode: null,
          })
          .where(eq(customerAddresses.id, row.id));
      });
      sealed += 1;
    }
  }
  return sealed;
}

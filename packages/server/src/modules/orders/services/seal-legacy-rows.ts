import { eq, isNotNull } from 'drizzle-orm';
import { inTransaction, systemCtx, type Runtime } from '../../../platform/index.ts';
import { orders } from '../schema.ts';
import { sealOrderAddress } from './personal.ts';

/** As customers' sealLegacyCustomerRows: seals the plaintext address of orders placed before the vault. */
export async function sealLegacyOrderRows(runtime: Runtime): Promise<number> {
  const { db } = runtime.database;
  let sealed = 0;
  for (;;) {
    const rows = await db.select().from(orders).where(isNotNull(orders.legacyAddress)).limit(200);
    if (rows.length === 0) return sealed;
    for (const row of rows) {
      if (!row.legacyAddress) continue;
      const address = row.legacyAddress;
      const ctx = systemCtx(db, row.merchantId, 'seal legacy rows', runtime.privacy);
      await inTransaction(ctx, async (tx) => {
        const personal = await sealOrderAddress(tx, row.customerId, row.id, address);
        await tx.db
          .update(orders)
          .set({ ...personal, legacyAddress: null })
          .where(eq(orders.id, row.id));
      });
      sealed += 1;
    }
  }
}

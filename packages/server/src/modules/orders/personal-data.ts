import { and, asc, eq } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { orders } from './schema.ts';
import { itemsOf } from './services/get-order.ts';
import { openOrderAddress } from './services/personal.ts';
import { toOrderView } from './views.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(orders.merchantId, s.merchantId), eq(orders.customerId, s.customerId));

/**
 * Orders are kept for the accounts (tax law) after erasure: amounts, items and the region stay, every
 * field that names or locates the person is emptied, and the shredded key makes old copies noise.
 */
export const ordersPersonalData: PersonalDataContributor = {
  fields: [
    'orders.recipient',
    'orders.phone',
    'orders.district',
    'orders.line1',
    'orders.line2',
    'orders.postal_code',
    'orders.note',
  ],
  async exportSubject(ctx, subject) {
    // Orders of an erased person are kept for the accounts but hold nothing about them: not theirs to export.
    const rows = (
      await ctx.db.select().from(orders).where(ofSubject(subject)).orderBy(asc(orders.id))
    ).filter((row) => row.recipientSealed !== null || row.legacyAddress !== null);
    if (rows.length === 0) return undefined;
    const scoped = { ...ctx, merchantId: subject.merchantId };
    const items = await itemsOf(
      scoped,
      rows.map((r) => r.id),
    );
    const views = [];
    for (const row of rows) {
      const address = await openOrderAddress(scoped, row, { audited: false });
      views.push(toOrderView(row, items.get(row.id) ?? [], address));
    }
    return { orders: views };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db
      .update(orders)
      .set({
        recipientSealed: null,
        phoneSealed: null,
        districtSealed: null,
        line1Sealed: null,
        line2Sealed: null,
        postalCodeSealed: null,
        legacyAddress: null,
        note: null,
        updatedAt: new Date(),
      })
      .where(ofSubject(subject));
  },
};

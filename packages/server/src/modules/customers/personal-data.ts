import { and, eq, lt, or } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { customerAddresses, customerDemographics, customers, customerSessions } from './schema.ts';
import { openDemographics } from './services/demographics.ts';
import { openAddress, openCustomer } from './services/personal.ts';

const ofSubject = (s: DataSubject) =>
  and(eq(customers.merchantId, s.merchantId), eq(customers.id, s.customerId));
const addressesOf = (s: DataSubject) =>
  and(eq(customerAddresses.merchantId, s.merchantId), eq(customerAddresses.customerId, s.customerId));

/** The shopper's account, address book and sessions, for data-subject requests and retention. */
export const customersPersonalData: PersonalDataContributor = {
  fields: [
    'customers.email',
    'customers.display_name',
    'customers.phone',
    'customers.id_number',
    'customer_addresses.recipient',
    'customer_addresses.phone',
    'customer_addresses.district',
    'customer_addresses.line1',
    'customer_addresses.line2',
    'customer_addresses.postal_code',
    'customer_addresses.location',
    'customer_demographics.birth_year',
    'customer_demographics.gender',
    'customer_demographics.city',
    'customer_demographics.income_band',
  ],
  async exportSubject(ctx, subject) {
    const [row] = await ctx.db.select().from(customers).where(ofSubject(subject));
    if (!row || row.erasedAt) return undefined;
    const profile = await openCustomer(ctx, 'legal', row, { audited: false });
    const rows = await ctx.db.select().from(customerAddresses).where(addressesOf(subject));
    const addresses = [];
    for (const address of rows) addresses.push(await openAddress(ctx, 'legal', address, { audited: false }));
    const [portrait] = await ctx.db
      .select()
      .from(customerDemographics)
      .where(
        and(
          eq(customerDemographics.merchantId, subject.merchantId),
          eq(customerDemographics.customerId, subject.customerId),
        ),
      );
    if (!portrait) return { profile, addresses };
    return {
      profile,
      addresses,
      demographics: await openDemographics(ctx, 'legal', portrait, { audited: false }),
    };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db.delete(customerAddresses).where(addressesOf(subject));
    await ctx.db
      .delete(customerDemographics)
      .where(
        and(
          eq(customerDemographics.merchantId, subject.merchantId),
          eq(customerDemographics.customerId, subject.customerId),
        ),
      );
    await ctx.db
      .delete(customerSessions)
      .where(
        and(
          eq(customerSessions.merchantId, subject.merchantId),
          eq(customerSessions.customerId, subject.customerId),
        ),
      );
    // The row stays, empty, because orders kept for the accounts still name its id.
    await ctx.db
      .update(customers)
      .set({
        emailIndex: null,
        emailSealed: null,
        displayNameSealed: null,
        phoneIndex: null,
        phoneSealed: null,
        idNumberIndex: null,
        idNumberSealed: null,
        legacyEmail: null,
        legacyDisplayName: null,
        legacyPhone: null,
        passwordHash: '',
        erasedAt: new Date(),
      })
      .where(ofSubject(subject));
  },
  async purgeExpired(ctx, policy) {
    const cutoff = policy.cutoff('sessions');
    await ctx.db
      .delete(customerSessions)
      .where(or(lt(customerSessions.expiresAt, cutoff), lt(customerSessions.revokedAt, cutoff)));
  },
};

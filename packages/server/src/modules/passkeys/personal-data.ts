import { and, eq } from 'drizzle-orm';
import type { DataSubject, PersonalDataContributor } from '../../platform/index.ts';
import { passkeyChallenges, passkeyCredentials } from './schema.ts';
import { toPasskeyView } from './views.ts';

const ofShopper = (s: DataSubject) =>
  and(
    eq(passkeyCredentials.merchantId, s.merchantId),
    eq(passkeyCredentials.ownerKind, 'customer'),
    eq(passkeyCredentials.ownerId, s.customerId),
  );

/**
 * A shopper's passkeys: public keys are no secret, but they are linked to the person and the label is
 * their own words. Erasure deletes them (and any registration challenge still naming the shopper).
 */
export const passkeysPersonalData: PersonalDataContributor = {
  fields: ['passkey_credentials.label'],
  async exportSubject(ctx, subject) {
    const rows = await ctx.db.select().from(passkeyCredentials).where(ofShopper(subject));
    return rows.length === 0 ? undefined : { passkeys: rows.map(toPasskeyView) };
  },
  async eraseSubject(ctx, subject) {
    await ctx.db.delete(passkeyCredentials).where(ofShopper(subject));
    await ctx.db
      .delete(passkeyChallenges)
      .where(
        and(
          eq(passkeyChallenges.merchantId, subject.merchantId),
          eq(passkeyChallenges.ownerKind, 'customer'),
          eq(passkeyChallenges.ownerId, subject.customerId),
        ),
      );
  },
};

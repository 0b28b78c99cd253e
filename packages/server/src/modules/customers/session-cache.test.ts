import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { SharedVersions } from '../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { sharedVersionVariants } from '../../testing/shared-versions.ts';
import { bearer, describeEachDatabase } from '../../testing/harness.ts';
import { customerSessions } from './schema.ts';
import { SessionCache } from './services/session-cache.ts';

const sharedVersions = sharedVersionVariants();

describeEachDatabase('session cache', (h) => {
  const silent = { warn: () => undefined } as never;

  for (const variant of sharedVersions) {
    it(`[${variant.label} versions] refuses a token signed out through another process on the next request`, async () => {
      const shop = await createMerchant(h());
      const { token, customerId } = await signUpShopper(h(), shop.handle);
      const [mine, theirs] = variant.make();
      const here = new SessionCache(mine, silent);
      const there = new SessionCache(theirs, silent);
      const db = h().database.db;

      expect(await here.resolve(db, token)).toMatchObject({ customerId, merchantId: shop.merchantId });
      await db
        .update(customerSessions)
        .set({ revokedAt: new Date() })
        .where(eq(customerSessions.customerId, customerId));
      // Revoked but not announced: this process still answers from its entry (it does cache).
      expect(await here.resolve(db, token)).toMatchObject({ customerId });
      await there.changed(shop.merchantId, customerId);
      expect(await here.resolve(db, token)).toBeUndefined();
      expect(await there.resolve(db, 'not-a-token')).toBeUndefined();
    });
  }

  it('reads the database when the shared version cannot be read, and caches nothing then', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const broken: SharedVersions = {
      current: () => Promise.reject(new Error('redis down')),
      bump: () => Promise.reject(new Error('redis down')),
    };
    const cache = new SessionCache(broken, silent);
    const db = h().database.db;
    expect(await cache.resolve(db, token)).toMatchObject({ customerId });
    await db
      .update(customerSessions)
      .set({ revokedAt: new Date() })
      .where(eq(customerSessions.customerId, customerId));
    expect(await cache.resolve(db, token)).toBeUndefined();
  });

  it("the app's sign-out refuses the token from the next request", async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const me = () => h().app.inject({ url: '/api/store/me', headers: bearer(token) });
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    const out = await h().app.inject({
      method: 'POST',
      url: '/api/store/auth/sign-out',
      headers: bearer(token),
    });
    expect(out.statusCode).toBe(204);
    expect((await me()).statusCode).toBe(401);
  });
});

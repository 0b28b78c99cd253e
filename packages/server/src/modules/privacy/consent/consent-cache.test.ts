import { expect, it } from 'vitest';
import { InProcessVersions, systemCtx, unwrap, type SharedVersions } from '../../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { sharedVersionVariants } from '../../../testing/shared-versions.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { ConsentCache } from './consent-cache.ts';
import { CURRENT_NOTICE_VERSION } from './purposes.ts';
import { recordConsents } from './services/record-consents.ts';

const sharedVersions = sharedVersionVariants();

describeEachDatabase('consent cache', (h) => {
  const silent = { warn: () => undefined } as never;

  for (const variant of sharedVersions) {
    it(`[${variant.label} versions] serves a change made through another process on the next read`, async () => {
      const shop = await createMerchant(h());
      const { customerId } = await signUpShopper(h(), shop.handle);
      const [mine, theirs] = variant.make();
      const here = new ConsentCache(mine, silent);
      const there = new ConsentCache(theirs, silent);
      const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
      const db = h().database.db;
      const choose = async (granted: boolean) =>
        unwrap(
          await recordConsents(ctx, customerId, {
            noticeVersion: CURRENT_NOTICE_VERSION,
            method: 'banner',
            channel: 'web',
            changes: [{ purpose: 'personalisation', granted }],
          }),
        );

      expect([...(await here.granted(db, shop.merchantId, customerId))]).toEqual([]);
      await choose(true);
      // Recorded but not announced: this process still answers from its entry (it does cache).
      expect([...(await here.granted(db, shop.merchantId, customerId))]).toEqual([]);
      await there.changed(shop.merchantId, customerId);
      expect([...(await here.granted(db, shop.merchantId, customerId))]).toEqual(['personalisation']);

      // The withdrawal, announced by the other process after its commit, applies to the next read here.
      await choose(false);
      await there.changed(shop.merchantId, customerId);
      expect([...(await here.granted(db, shop.merchantId, customerId))]).toEqual([]);
    });
  }

  it('reads the database when the shared version cannot be read', async () => {
    const shop = await createMerchant(h());
    const { customerId } = await signUpShopper(h(), shop.handle);
    let broken = false;
    const memory = new InProcessVersions();
    const flaky: SharedVersions = {
      current: (key) => (broken ? Promise.reject(new Error('redis down')) : memory.current(key)),
      bump: (key) => memory.bump(key),
    };
    const cache = new ConsentCache(flaky, silent);
    const db = h().database.db;
    expect([...(await cache.granted(db, shop.merchantId, customerId))]).toEqual([]);
    const ctx = systemCtx(db, shop.merchantId, 'test', h().privacy);
    unwrap(
      await recordConsents(ctx, customerId, {
        noticeVersion: CURRENT_NOTICE_VERSION,
        method: 'banner',
        channel: 'web',
        changes: [{ purpose: 'analytics', granted: true }],
      }),
    );
    broken = true;
    expect([...(await cache.granted(db, shop.merchantId, customerId))]).toEqual(['analytics']);
  });
});

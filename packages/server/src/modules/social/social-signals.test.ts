import { expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import { createMerchant, signUpShopper, staffToken } from '../../testing/fixtures.ts';
import { describeEachDatabase } from '../../testing/harness.ts';
import { socialSignals, socialSignalsReader } from './index.ts';
import { socialFavourites } from './schema.ts';
import { adminApi, json, productOf, storeApi } from './social-test-support.ts';

describeEachDatabase('social signals, follows and creators', (h) => {
  const api = storeApi(h);
  const admin = adminApi(h);
  const fav = async (token: string, productId: string, visibility: string) =>
    expect((await api('PUT', `/favourites/${productId}`, token, { visibility })).statusCode).toBe(200);
  const followOf = async (token: string, customerId: string) =>
    expect((await api('PUT', `/follows/${customerId}`, token)).statusCode).toBe(200);

  it('uses only friends (mutual follows) and followed creators, as far as each favourite is visible', async () => {
    const shop = await createMerchant(h());
    const me = await signUpShopper(h(), shop.handle);
    const friend = await signUpShopper(h(), shop.handle);
    const oneWay = await signUpShopper(h(), shop.handle);
    const creator = await signUpShopper(h(), shop.handle);
    const [a, b, c, d, e, mine] = await Promise.all(
      ['A', 'B', 'C', 'D', 'E', 'Mine'].map((t) => productOf(h(), shop.merchantId, t)),
    );
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    // Every answer is also asked through the cache the recommendations use: the writes below go through the
    // routes, and each must reach the cached answer at once.
    const cached = socialSignalsReader(h().app.runtime);
    const signals = async () => {
      const direct = await socialSignals(ctx, me.customerId, { limit: 10 });
      expect(await cached(ctx, me.customerId, { limit: 10 })).toEqual(direct);
      return direct;
    };

    await fav(friend.token, a!, 'friends');
    await fav(friend.token, b!, 'private');
    await fav(friend.token, mine!, 'public');
    await fav(oneWay.token, c!, 'public');
    await fav(creator.token, d!, 'public');
    await fav(creator.token, e!, 'friends');
    await fav(creator.token, a!, 'public');
    await fav(me.token, mine!, 'private');

    // Following alone makes nobody a friend, and an ordinary shopper followed one way counts for nothing.
    await followOf(me.token, friend.customerId);
    await followOf(me.token, oneWay.customerId);
    expect(await signals()).toEqual([]);

    await followOf(friend.token, me.customerId);
    expect((await signals()).map((s) => [s.productId, s.source, s.count])).toEqual([[a, 'friend', 1]]);

    const marked = await admin('PUT', `/creators/${creator.customerId}`, shop.ownerToken, {
      displayName: 'Trail Kim',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    // Followed creators count with their public picks only (e stays friends-only: we are not friends).
    await followOf(me.token, creator.customerId);
    const found = await signals();
    expect(found.map((s) => [s.productId, s.source, s.count])).toEqual([
      [a, 'friend', 2],
      [d, 'creator', 1],
    ]);
    expect(found[0]?.latestAt).toBeInstanceOf(Date);
    expect((await socialSignals(ctx, me.customerId, { limit: 1 })).map((s) => s.productId)).toEqual([a]);

    // Once favourited by me, a product is never suggested back to me.
    await fav(me.token, a!, 'private');
    expect((await signals()).map((s) => s.productId)).toEqual([d]);
    // Unfollowing ends it at once; old favourites fall out of the recent window.
    expect((await api('DELETE', `/follows/${creator.customerId}`, me.token)).statusCode).toBe(204);
    expect((await api('DELETE', `/follows/${creator.customerId}`, me.token)).statusCode).toBe(404);
    expect(await signals()).toEqual([]);
    await followOf(me.token, creator.customerId);
    expect(
      await socialSignals(ctx, me.customerId, { limit: 5, since: new Date(Date.now() + 60_000) }),
    ).toEqual([]);
  });

  it('caches per shopper: a change that bypasses the routes shows only once the cache forgets it', async () => {
    const shop = await createMerchant(h());
    const me = await signUpShopper(h(), shop.handle);
    const friend = await signUpShopper(h(), shop.handle);
    const [a, b] = await Promise.all(['A', 'B'].map((t) => productOf(h(), shop.merchantId, t)));
    await followOf(me.token, friend.customerId);
    await followOf(friend.token, me.customerId);
    await fav(friend.token, a!, 'friends');
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const cached = socialSignalsReader(h().app.runtime);
    const ids = async () => (await cached(ctx, me.customerId, { limit: 10 })).map((s) => s.productId);
    expect(await ids()).toEqual([a]);
    await h()
      .database.db.insert(socialFavourites)
      .values({
        merchantId: shop.merchantId,
        customerId: friend.customerId,
        productId: b!,
        visibility: 'friends',
        createdAt: new Date(Date.now() + 1000),
      });
    expect(await ids()).toEqual([a]);
    // Any write of the friend's through the API drops the entries of everyone following them.
    expect((await api('PUT', `/favourites/${a}`, friend.token, { visibility: 'public' })).statusCode).toBe(
      200,
    );
    expect(await ids()).toEqual([b, a]);
  });

  it("never reaches across shops: another merchant's shoppers and ids are unknown", async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const me = await signUpShopper(h(), shop.handle);
    const there = await signUpShopper(h(), other.handle);
    const res = await api('PUT', `/follows/${there.customerId}`, me.token);
    expect(res.statusCode).toBe(404);
    expect(json(res)).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    const self = await api('PUT', `/follows/${me.customerId}`, me.token);
    expect(json(self)).toMatchObject({ code: 'CANNOT_FOLLOW_SELF' });
    expect(json(await api('GET', '/follows', me.token))).toEqual({ items: [] });
    const foreign = await admin('PUT', `/creators/${there.customerId}`, shop.ownerToken, {
      displayName: 'X',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('shows a creator page with public picks to anyone; only creators:manage may mark creators', async () => {
    const shop = await createMerchant(h());
    const creator = await signUpShopper(h(), shop.handle);
    const fan = await signUpShopper(h(), shop.handle);
    const pick = await productOf(h(), shop.merchantId, 'Public pick');
    const hidden = await productOf(h(), shop.merchantId, 'Hidden');
    await fav(creator.token, pick, 'public');
    await fav(creator.token, hidden, 'friends');

    const asGuestOf = (customerId: string) =>
      h().app.inject({
        method: 'GET',
        url: `/api/store/creators/${customerId}`,
        headers: { 'x-hexamall-merchant': shop.handle },
      });
    expect((await asGuestOf(creator.customerId)).statusCode).toBe(404);
    const service = await staffToken(h(), shop.merchantId, 'customer_service');
    const refused = await admin('PUT', `/creators/${creator.customerId}`, service, { displayName: 'Kim' });
    expect(refused.statusCode).toBe(403);
    expect((await asGuestOf(creator.customerId)).statusCode).toBe(404);
    expect(
      (await admin('PUT', `/creators/${creator.customerId}`, shop.ownerToken, { displayName: 'Kim' }))
        .statusCode,
    ).toBe(200);

    const asGuest = json<{ displayName: string; following: boolean; picks: { id: string }[] }>(
      await asGuestOf(creator.customerId),
    );
    expect(asGuest).toMatchObject({ displayName: 'Kim', following: false, followers: 0 });
    expect(asGuest.picks.map((p) => p.id)).toEqual([pick]);
    await followOf(fan.token, creator.customerId);
    expect(json(await api('GET', `/creators/${creator.customerId}`, fan.token))).toMatchObject({
      following: true,
      followers: 1,
    });
    expect(json(await api('GET', '/follows', fan.token))).toMatchObject({
      items: [{ customerId: creator.customerId, friend: false, creatorName: 'Kim' }],
    });
    expect(json(await admin('GET', '/creators', service))).toMatchObject({
      items: [{ customerId: creator.customerId, displayName: 'Kim', followers: 1 }],
    });
    expect((await admin('DELETE', `/creators/${creator.customerId}`, shop.ownerToken)).statusCode).toBe(204);
    expect((await asGuestOf(creator.customerId)).statusCode).toBe(404);
  });
});

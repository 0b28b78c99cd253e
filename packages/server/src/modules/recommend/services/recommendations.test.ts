import { expect, it } from 'vitest';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import {
  brandOf,
  categoryOf,
  event,
  json,
  newSessionId,
  productOf,
  storeApi,
} from '../recommend-test-support.ts';
import { SHOP_UTC_OFFSET_HOURS } from '../context/shopping-context.ts';
import type { Recommendations } from './recommend-for-surface.ts';

/** The latest past instant when the shop's clock read hour:30. */
function lastShopHour(hour: number): Date {
  const at = new Date();
  at.setUTCMinutes(30, 0, 0);
  at.setUTCHours((hour - SHOP_UTC_OFFSET_HOURS + 24) % 24);
  if (at.getTime() > Date.now()) at.setTime(at.getTime() - 86_400_000);
  return at;
}

describeEachDatabase('recommendations', (h) => {
  const api = storeApi(h);
  const feed = async (query: string, token?: string) => {
    const res = await api('GET', `/recommendations?${query}`, token);
    expect(res.statusCode, res.body).toBe(200);
    return json<Recommendations>(res);
  };
  const grant = (token: string, granted: boolean) =>
    api('PUT', '/privacy/consents', token, {
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'web',
      changes: [{ purpose: 'personalisation', granted }],
    });

  it('ranks what sells at lunchtime first at lunch, and what sells in the evening in the evening', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const snacks = await categoryOf(h(), shop.merchantId, '办公零食', 'Office snacks');
    const outdoor = await categoryOf(h(), shop.merchantId, '户外', 'Outdoor');
    const lunch = await productOf(h(), shop.merchantId, { title: 'Instant noodles', categoryId: snacks });
    const evening = await productOf(h(), shop.merchantId, { title: 'Head torch', categoryId: outdoor });
    const other = await productOf(h(), shop.merchantId, { title: 'Water bottle', categoryId: outdoor });
    for (let i = 0; i < 12; i++) {
      for (const [product, hour] of [
        [lunch, 12],
        [evening, 19],
      ] as const) {
        const at = lastShopHour(hour);
        const res = await api('POST', '/events', undefined, {
          sessionId: newSessionId(),
          device: 'mobile',
          events: [event('view', other, at), event('view', product, at), event('add_to_cart', product, at)],
        });
        expect(res.statusCode, res.body).toBe(202);
      }
    }
    const atLunch = await feed('surface=home&hour=12');
    const atNight = await feed('surface=home&hour=19');
    expect(atLunch.context.slot).toBe('lunch');
    expect(atLunch.personalised).toBe(false);
    expect(atLunch.items[0]).toMatchObject({
      product: { id: lunch },
      explanation: { code: 'popular_at_slot', params: { slot: 'lunch' }, text: '午餐时段热卖' },
    });
    expect(atNight.items[0]).toMatchObject({
      product: { id: evening },
      explanation: { code: 'popular_at_slot', params: { slot: 'evening' } },
    });
  });

  it('uses the history only with personalisation consent, and stops on the next request after withdrawal', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const shoes = await categoryOf(h(), shop.merchantId, '徒步鞋', 'Hiking shoes');
    const kitchen = await categoryOf(h(), shop.merchantId, '厨房', 'Kitchen');
    const brand = await brandOf(h(), shop.merchantId, 'Pathfinder');
    const seen = await productOf(h(), shop.merchantId, {
      title: 'Trail Pro hiking shoe',
      categoryId: shoes,
      brandId: brand,
      tags: ['户外', '徒步'],
    });
    const alike = await productOf(h(), shop.merchantId, {
      title: 'Trail Lite hiking shoe',
      categoryId: shoes,
      brandId: brand,
      tags: ['户外', '徒步'],
    });
    const pan = await productOf(h(), shop.merchantId, { title: 'Frying pan', categoryId: kitchen });
    // Someone else made the pan the shop's best-seller.
    await api('POST', '/events', undefined, {
      sessionId: newSessionId(),
      device: 'mobile',
      events: [event('add_to_cart', pan), event('favourite', pan)],
    });
    const shopper = await signUpShopper(h(), shop.handle);
    expect((await grant(shopper.token, true)).statusCode).toBe(200);
    const browsed = await api('POST', '/events', shopper.token, {
      sessionId: newSessionId(),
      device: 'mobile',
      events: [event('view', seen), event('dwell', seen), event('favourite', seen)],
    });
    expect(browsed.statusCode).toBe(202);

    const personal = await feed('surface=home&limit=5', shopper.token);
    expect(personal.personalised).toBe(true);
    // Every product here is days old, so the likeness reads as a new arrival's.
    expect(personal.items[0]).toMatchObject({
      product: { id: alike },
      explanation: { code: 'new_similar', params: { productId: seen } },
    });

    expect((await grant(shopper.token, false)).statusCode).toBe(200);
    const plain = await feed('surface=home&limit=5', shopper.token);
    expect(plain.personalised).toBe(false);
    expect(plain.items[0]?.product.id).toBe(pan);
    expect(plain.items.map((i) => i.explanation.code)).not.toContain('new_similar');
    expect(plain.items.map((i) => i.explanation.code)).not.toContain('category_affinity');
  });

  it('recommends a brand-new product with no events through its likeness to what the shopper viewed', async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const milk = await categoryOf(h(), shop.merchantId, '奶粉', 'Milk powder');
    const toys = await categoryOf(h(), shop.merchantId, '玩具', 'Toys');
    const viewed = await productOf(h(), shop.merchantId, {
      title: '有机婴儿配方奶粉 1段',
      categoryId: milk,
      tags: ['有机', '婴儿'],
    });
    const popularToy = await productOf(h(), shop.merchantId, { title: 'Building blocks', categoryId: toys });
    const sessionId = newSessionId();
    await api('POST', '/events', undefined, {
      sessionId: newSessionId(),
      device: 'mobile',
      events: [event('add_to_cart', popularToy), event('view', viewed)],
    });
    await api('POST', '/events', undefined, { sessionId, device: 'mobile', events: [event('view', viewed)] });
    const before = await feed(`surface=home&sessionId=${sessionId}`);
    expect(before.items.length).toBeGreaterThan(0);

    const fresh = await productOf(h(), shop.merchantId, {
      title: '有机婴儿配方奶粉 2段',
      categoryId: milk,
      tags: ['有机', '婴儿'],
    });
    expect(before.items.map((i) => i.product.id)).not.toContain(fresh);
    // product.created reaches the module, whose job rebuilds the model with the new product in it.
    await h().app.runtime.events.drain();
    await h().app.runtime.jobs.runDue();

    const after = await feed(`surface=home&sessionId=${sessionId}`);
    expect(after.items.find((i) => i.product.id === fresh)).toMatchObject({
      explanation: { code: 'new_similar', params: { productId: viewed } },
    });
    const onPage = await feed(`surface=product&productId=${viewed}&limit=3`);
    expect(onPage.items.find((i) => i.product.id === fresh)?.explanation).toMatchObject({
      code: 'new_similar',
      params: { productId: viewed },
    });
  });

  it("surfaces a friend's favourite with its explanation", async () => {
    const shop = await createMerchant(h());
    api.useShop(shop.handle);
    const liked = await productOf(h(), shop.merchantId, { title: 'Camping lantern' });
    const popular = await productOf(h(), shop.merchantId, { title: 'Tent' });
    await api('POST', '/events', undefined, {
      sessionId: newSessionId(),
      device: 'mobile',
      events: [event('add_to_cart', popular)],
    });
    const me = await signUpShopper(h(), shop.handle);
    const friend = await signUpShopper(h(), shop.handle);
    expect((await grant(me.token, true)).statusCode).toBe(200);
    const noFriends = await feed('surface=home&limit=5', me.token);
    expect(noFriends.items.map((i) => i.explanation.code)).not.toContain('friends_liked');

    expect(
      (await api('PUT', `/favourites/${liked}`, friend.token, { visibility: 'friends' })).statusCode,
    ).toBe(200);
    expect((await api('PUT', `/follows/${friend.customerId}`, me.token)).statusCode).toBe(200);
    expect((await api('PUT', `/follows/${me.customerId}`, friend.token)).statusCode).toBe(200);
    const withFriend = await feed('surface=home&limit=5', me.token);
    expect(withFriend.items[0]).toMatchObject({
      product: { id: liked },
      explanation: { code: 'friends_liked', params: { count: 1 }, text: '1 位好友喜欢' },
    });
    // The same shopper without consent gets no social picks.
    expect((await grant(me.token, false)).statusCode).toBe(200);
    const withdrawn = await feed('surface=home&limit=5', me.token);
    expect(withdrawn.items.map((i) => i.explanation.code)).not.toContain('friends_liked');
  });

  it('refuses an unknown surface or an out-of-range limit with 400', async () => {
    api.useShop((await createMerchant(h())).handle);
    for (const query of [
      'surface=everywhere',
      'surface=home&limit=0',
      'surface=home&limit=500',
      'surface=home&hour=24',
    ]) {
      const res = await api('GET', `/recommendations?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(json(res)).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});

import { beforeAll, expect, it } from 'vitest';
import type { OrderDetailView } from '../../modules/orders/index.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import {
  addToCart,
  checkout,
  FIRST_KILO_FEE,
  newKey,
  newShopper,
  openShop,
  readOrder,
  settleBackground,
  stockedSku,
  stockOf,
  type Shop,
  type Shopper,
} from '../test-shop.ts';
import { claim, couponState, createCoupon, DAYS } from './coupon-test-support.ts';

describeEachDatabase('checkout with a coupon', (h) => {
  let shop: Shop;
  beforeAll(async () => {
    shop = await openShop(h());
  });

  const withCoupon = (shopper: Shopper, coupon: object) => checkout(h(), shopper, newKey(), { coupon });
  const ordersOf = async (shopper: Shopper) =>
    json<{ items: unknown[] }>(
      await h().app.inject({ method: 'GET', url: '/api/store/orders', headers: bearer(shopper.token) }),
    ).items;

  it('records the discount: total = subtotal + shipping - discount, one redemption taken', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 4_550, 10);
    const coupon = await createCoupon(h(), shop, { kind: 'percent', amountOff: undefined, percentOff: 15 });
    await addToCart(h(), shopper, sku.skuId, 3);
    const res = await withCoupon(shopper, { code: ` ${coupon.code!.toLowerCase()} ` });
    expect(res.statusCode, res.body).toBe(201);
    const order = json<OrderDetailView>(res);
    // 15% of 136.50 is 20.475: rounded down to the fen.
    expect(order).toMatchObject({ subtotal: 13_650, discount: 2_047, shippingFee: FIRST_KILO_FEE });
    expect(order.total).toBe(order.subtotal + order.shippingFee - order.discount);
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({
      remainingQuantity: 99,
      redeemedCount: 1,
    });
  });

  it('caps a percent coupon and never discounts shipping or more than the goods', async () => {
    const capped = await createCoupon(h(), shop, {
      kind: 'percent',
      amountOff: undefined,
      percentOff: 50,
      maxDiscount: 800,
    });
    const big = await createCoupon(h(), shop, { amountOff: 99_999 });
    const sku = await stockedSku(h(), shop, 3_000, 10);
    const a = await newShopper(h(), shop);
    await addToCart(h(), a, sku.skuId, 1);
    expect(json<OrderDetailView>(await withCoupon(a, { code: capped.code }))).toMatchObject({
      subtotal: 3_000,
      discount: 800,
      total: 3_000 - 800 + FIRST_KILO_FEE,
    });
    const b = await newShopper(h(), shop);
    await addToCart(h(), b, sku.skuId, 1);
    expect(json<OrderDetailView>(await withCoupon(b, { code: big.code }))).toMatchObject({
      discount: 3_000,
      total: FIRST_KILO_FEE,
    });
  });

  it('refuses each broken rule with its code and changes nothing', async () => {
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 2_000, 10);
    const other = await stockedSku(h(), shop, 2_000, 10);
    await addToCart(h(), shopper, sku.skuId, 2);
    const cases: [object, number, string][] = [
      [{ code: 'NO-SUCH-CODE' }, 404, 'COUPON_NOT_FOUND'],
      [
        { code: (await createCoupon(h(), shop, { startsAt: DAYS(-3), endsAt: DAYS(-1) })).code },
        422,
        'COUPON_EXPIRED',
      ],
      [
        { code: (await createCoupon(h(), shop, { startsAt: DAYS(1), endsAt: DAYS(3) })).code },
        422,
        'COUPON_NOT_STARTED',
      ],
      [{ code: (await createCoupon(h(), shop, { minSpend: 4_001 })).code }, 422, 'COUPON_THRESHOLD_NOT_MET'],
      [
        { code: (await createCoupon(h(), shop, { scope: 'products', scopeIds: [other.productId] })).code },
        422,
        'COUPON_NOT_APPLICABLE',
      ],
      [{ code: (await createCoupon(h(), shop, { currency: 'USD' })).code }, 422, 'COUPON_NOT_APPLICABLE'],
    ];
    const disabled = await createCoupon(h(), shop);
    await h().app.inject({
      method: 'POST',
      url: `/api/admin/coupons/${disabled.id}/disable`,
      headers: bearer(shop.ownerToken),
      payload: {},
    });
    cases.push([{ code: disabled.code }, 404, 'COUPON_NOT_FOUND']);
    for (const [coupon, status, code] of cases) {
      expect(json(await withCoupon(shopper, coupon)), code).toMatchObject({ status, code });
    }
    const threshold = json(await withCoupon(shopper, cases[3]![0]));
    expect(threshold).toMatchObject({ minSpend: 4_001, eligibleSubtotal: 4_000, shortBy: 1 });
    expect(await ordersOf(shopper)).toEqual([]);
    expect(await stockOf(h(), shop, sku.skuId)).toMatchObject({ reserved: 0 });
  });

  it('scopes by category, including sub-categories', async () => {
    const ctxHeaders = bearer(shop.ownerToken);
    const parent = json<{ id: string }>(
      await h().app.inject({
        method: 'POST',
        url: '/api/admin/categories',
        headers: ctxHeaders,
        payload: { name: { en: 'Shoes', 'zh-CN': '鞋' } },
      }),
    );
    const child = json<{ id: string }>(
      await h().app.inject({
        method: 'POST',
        url: '/api/admin/categories',
        headers: ctxHeaders,
        payload: { name: { en: 'Boots', 'zh-CN': '靴' }, parentId: parent.id },
      }),
    );
    const boot = await stockedSku(h(), shop, 10_000, 5);
    const sock = await stockedSku(h(), shop, 1_000, 5);
    const moved = await h().app.inject({
      method: 'PATCH',
      url: `/api/admin/products/${boot.productId}`,
      headers: ctxHeaders,
      payload: { categoryId: child.id },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const coupon = await createCoupon(h(), shop, {
      kind: 'percent',
      amountOff: undefined,
      percentOff: 10,
      scope: 'categories',
      scopeIds: [parent.id],
    });
    const shopper = await newShopper(h(), shop);
    await addToCart(h(), shopper, boot.skuId, 1);
    await addToCart(h(), shopper, sock.skuId, 1);
    // Only the boot is in scope: 10% of 100.00.
    expect(json<OrderDetailView>(await withCoupon(shopper, { code: coupon.code }))).toMatchObject({
      subtotal: 11_000,
      discount: 1_000,
    });
  });

  it('holds a shopper to the per-shopper limit of a shared code', async () => {
    const coupon = await createCoupon(h(), shop, { perShopperLimit: 1 });
    const sku = await stockedSku(h(), shop, 2_000, 10);
    const shopper = await newShopper(h(), shop);
    await addToCart(h(), shopper, sku.skuId, 1);
    expect((await withCoupon(shopper, { code: coupon.code })).statusCode).toBe(201);
    await addToCart(h(), shopper, sku.skuId, 1);
    expect(json(await withCoupon(shopper, { code: coupon.code }))).toMatchObject({
      status: 409,
      code: 'COUPON_LIMIT_REACHED',
    });
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ redeemedCount: 1 });
  });

  it('refuses the last unit when it is taken, and says COUPON_EXHAUSTED', async () => {
    const coupon = await createCoupon(h(), shop, { totalQuantity: 1 });
    const sku = await stockedSku(h(), shop, 2_000, 10);
    const [a, b] = [await newShopper(h(), shop), await newShopper(h(), shop)];
    await addToCart(h(), a, sku.skuId, 1);
    await addToCart(h(), b, sku.skuId, 1);
    expect((await withCoupon(a, { code: coupon.code })).statusCode).toBe(201);
    expect(json(await withCoupon(b, { code: coupon.code }))).toMatchObject({
      status: 409,
      code: 'COUPON_EXHAUSTED',
    });
    expect(await ordersOf(b)).toEqual([]);
  });

  it('gives the redemption back when a later step fails (out of stock after the coupon)', async () => {
    const coupon = await createCoupon(h(), shop, { totalQuantity: 5 });
    const sku = await stockedSku(h(), shop, 2_000, 1);
    const shopper = await newShopper(h(), shop);
    await addToCart(h(), shopper, sku.skuId, 2);
    expect(json(await withCoupon(shopper, { code: coupon.code }))).toMatchObject({ code: 'OUT_OF_STOCK' });
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 5, redeemedCount: 0 });
    // Nor was the shopper's one use: buying one unit now with the same code goes through.
    const bought = await checkout(h(), shopper, newKey(), {
      items: [{ skuId: sku.skuId, quantity: 1 }],
      coupon: { code: coupon.code },
    });
    expect(bought.statusCode, bought.body).toBe(201);
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 4, redeemedCount: 1 });
  });

  it('gives the coupon back when the order is cancelled, by the shopper or at the deadline', async () => {
    const coupon = await createCoupon(h(), shop, { totalQuantity: 2, perShopperLimit: 1 });
    const sku = await stockedSku(h(), shop, 2_000, 10);
    const shopper = await newShopper(h(), shop);
    await addToCart(h(), shopper, sku.skuId, 1);
    const first = json<OrderDetailView>(await withCoupon(shopper, { code: coupon.code }));
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 1 });
    const cancelled = await h().app.inject({
      method: 'POST',
      url: `/api/store/orders/${first.id}/cancel`,
      headers: bearer(shopper.token),
      payload: {},
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await settleBackground(h());
    await settleBackground(h());
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 2, redeemedCount: 0 });

    // The shopper's one use came back too, so the same code places a second order; then the deadline
    // passes and the auto-cancel job gives it back again.
    await addToCart(h(), shopper, sku.skuId, 1);
    const second = json<OrderDetailView>(await withCoupon(shopper, { code: coupon.code }));
    expect(second.discount).toBe(1000);
    h().clock.advance(31 * 60_000);
    await settleBackground(h());
    expect(await readOrder(h(), shopper.token, second.id)).toMatchObject({ status: 'cancelled' });
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 2, redeemedCount: 0 });
  });

  it('claims into the wallet, shows applicability for the cart, quotes, and redeems a wallet coupon once', async () => {
    const template = await createCoupon(h(), shop, {
      distribution: 'claim',
      code: undefined,
      minSpend: 3_000,
      perShopperLimit: 1,
      totalQuantity: 3,
    });
    const sku = await stockedSku(h(), shop, 2_000, 10);
    const shopper = await newShopper(h(), shop);
    const claimed = await claim(h(), shopper, template.id);
    expect(claimed.statusCode, claimed.body).toBe(201);
    const walletId = json<{ id: string }>(claimed).id;
    expect(json(await claim(h(), shopper, template.id))).toMatchObject({ code: 'COUPON_LIMIT_REACHED' });

    await addToCart(h(), shopper, sku.skuId, 1);
    const mine = async () =>
      json<{ items: { id: string; applicability: Record<string, unknown> }[] }>(
        await h().app.inject({
          method: 'GET',
          url: '/api/store/coupons/mine',
          headers: bearer(shopper.token),
        }),
      ).items;
    expect(await mine()).toMatchObject([
      {
        id: walletId,
        applicability: { applicable: false, code: 'COUPON_THRESHOLD_NOT_MET', shortBy: 1_000 },
      },
    ]);
    await addToCart(h(), shopper, sku.skuId, 1);
    expect(await mine()).toMatchObject([
      { id: walletId, applicability: { applicable: true, discount: 1_000 } },
    ]);

    const quote = await h().app.inject({
      method: 'POST',
      url: '/api/store/coupons/quote',
      headers: bearer(shopper.token),
      payload: { coupon: { couponId: walletId } },
    });
    expect(json(quote)).toMatchObject({
      subtotal: 4_000,
      eligibleSubtotal: 4_000,
      discount: 1_000,
      couponId: walletId,
    });

    const order = json<OrderDetailView>(await withCoupon(shopper, { couponId: walletId }));
    expect(order).toMatchObject({ discount: 1_000, total: 4_000 - 1_000 + FIRST_KILO_FEE });
    expect(await mine()).toEqual([]);
    await addToCart(h(), shopper, sku.skuId, 1);
    expect(json(await withCoupon(shopper, { couponId: walletId }))).toMatchObject({
      code: 'COUPON_NOT_FOUND',
    });

    // Another shopper cannot use this wallet coupon.
    const thief = await newShopper(h(), shop);
    await addToCart(h(), thief, sku.skuId, 2);
    expect(json(await withCoupon(thief, { couponId: walletId }))).toMatchObject({ code: 'COUPON_NOT_FOUND' });
  });

  it('answers bad coupon input with a 4xx and changes nothing', async () => {
    const coupon = await createCoupon(h(), shop);
    const shopper = await newShopper(h(), shop);
    const sku = await stockedSku(h(), shop, 2_000, 10);
    await addToCart(h(), shopper, sku.skuId, 1);
    for (const bad of [
      { code: coupon.code, couponId: 'ccp_01' },
      { code: 'x'.repeat(1_000_000) },
      { couponId: "ccp_' or 1=1 --" },
      { code: 42 },
      'SAVE10',
    ]) {
      const res = await withCoupon(shopper, bad as object);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    const badTemplates: Record<string, unknown>[] = [
      { kind: 'fixed', amountOff: -5 },
      { kind: 'percent', amountOff: undefined, percentOff: 100 },
      { kind: 'percent', amountOff: 500 },
      { endsAt: DAYS(-2) },
      { distribution: 'code', code: undefined },
      { scope: 'products' },
      { totalQuantity: 0 },
      { unknownField: true },
    ];
    for (const overrides of badTemplates) {
      const res = await h().app.inject({
        method: 'POST',
        url: '/api/admin/coupons',
        headers: bearer(shop.ownerToken),
        payload: {
          name: 'Bad',
          kind: 'fixed',
          amountOff: 100,
          currency: 'CNY',
          startsAt: DAYS(-1),
          endsAt: DAYS(1),
          totalQuantity: 10,
          scope: 'all',
          distribution: 'code',
          code: 'BADONE',
          ...overrides,
        },
      });
      expect([400, 422], res.body).toContain(res.statusCode);
    }
    const dup = await h().app.inject({
      method: 'POST',
      url: '/api/admin/coupons',
      headers: bearer(shop.ownerToken),
      payload: {
        name: 'Dup',
        kind: 'fixed',
        amountOff: 100,
        currency: 'CNY',
        startsAt: DAYS(-1),
        endsAt: DAYS(1),
        totalQuantity: 10,
        scope: 'all',
        distribution: 'code',
        code: coupon.code!.toLowerCase(),
      },
    });
    expect(json(dup)).toMatchObject({ status: 409, code: 'COUPON_CODE_TAKEN' });
    const listed = json<{ items: { name: string }[] }>(
      await h().app.inject({
        method: 'GET',
        url: '/api/admin/coupons?limit=100',
        headers: bearer(shop.ownerToken),
      }),
    );
    expect(listed.items.filter((t) => t.name === 'Bad' || t.name === 'Dup')).toEqual([]);
    expect(await couponState(h(), shop, coupon.id)).toMatchObject({ remainingQuantity: 100 });
    expect(await ordersOf(shopper)).toEqual([]);
  });
});

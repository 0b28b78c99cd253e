import { beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/index.ts';
import { outboxEvents } from '../../platform/schema.ts';
import { staffToken } from '../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../testing/harness.ts';
import { reviewsPersonalData } from './personal-data.ts';
import {
  openReviewShop,
  orderIn,
  productWithSku,
  review,
  shopperNamed,
  summaryOf,
  type ReviewShop,
} from './test-support.ts';

describeEachDatabase('reviews', (h) => {
  let shop: ReviewShop;
  beforeAll(async () => {
    shop = await openReviewShop(h());
  });

  const publicList = async (productId: string, query = '') =>
    json<{ items: Record<string, unknown>[]; nextCursor: string | null }>(
      await h().app.inject({
        method: 'GET',
        url: `/api/store/products/${productId}/reviews${query}`,
        headers: { 'x-hexamall-merchant': shop.handle },
      }),
    );

  it('takes a review only of an item the shopper received, once per order item', async () => {
    const { productId, skuId } = await productWithSku(h(), shop);
    const shopper = await shopperNamed(h(), shop, '张三丰');
    const unpaid = await orderIn(h(), shop, shopper, [skuId], []);
    const shipped = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship']);
    const delivered = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship', 'deliver']);
    const item = (o: { id: string; items: { id: string }[] }) => ({
      orderId: o.id,
      orderItemId: o.items[0]!.id,
    });

    for (const early of [unpaid, shipped]) {
      expect(json(await review(h(), shopper, { ...item(early), rating: 5 }))).toMatchObject({
        status: 409,
        code: 'REVIEW_NOT_ELIGIBLE',
      });
    }
    const stranger = await shopperNamed(h(), shop, 'Mallory');
    expect(json(await review(h(), stranger, { ...item(delivered), rating: 1 }))).toMatchObject({
      status: 404,
      code: 'ORDER_NOT_FOUND',
    });
    expect(
      json(
        await review(h(), shopper, { orderId: delivered.id, orderItemId: shipped.items[0]!.id, rating: 5 }),
      ),
    ).toMatchObject({ code: 'REVIEW_NOT_ELIGIBLE' });
    expect((await summaryOf(h(), shop, productId)).count).toBe(0);

    const addressReads = async () => {
      await h().privacy.audit.flush();
      const found = (await h().database.db.execute(sql`
        select count(*)::int as n from privacy_audit_log
        where subject_id = ${shopper.customerId} and 'orders.recipient' = any(fields)`)) as unknown as {
        rows: { n: number }[];
      };
      return found.rows[0]!.n;
    };
    const addressReadsBefore = await addressReads();
    const written = await review(h(), shopper, { ...item(delivered), rating: 4, body: '很舒服，防水' });
    expect(written.statusCode, written.body).toBe(201);
    // Reviewing looks at the order's lines, never its delivery address.
    expect(await addressReads()).toBe(addressReadsBefore);
    expect(json(written)).toMatchObject({
      rating: 4,
      reviewerName: '张*',
      status: 'visible',
      specs: { size: '42' },
    });
    expect(json(await review(h(), shopper, { ...item(delivered), rating: 1 }))).toMatchObject({
      status: 409,
      code: 'REVIEW_ALREADY_EXISTS',
    });
    expect(await summaryOf(h(), shop, productId)).toMatchObject({ count: 1, average: 4 });

    const events = await h()
      .database.db.select()
      .from(outboxEvents)
      .where(eq(outboxEvents.type, 'review.created'));
    expect(events.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({ productId, skuId, rating: 4, reviewId: json<{ id: string }>(written).id }),
    );
  });

  it('keeps the summary: average, count and distribution, with hidden reviews left out', async () => {
    const { productId, skuId } = await productWithSku(h(), shop);
    const ratings = [5, 5, 4, 2, 1];
    const ids: string[] = [];
    for (const rating of ratings) {
      const shopper = await shopperNamed(h(), shop, 'Alice Smith');
      const order = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship', 'deliver', 'complete']);
      const res = await review(h(), shopper, { orderId: order.id, orderItemId: order.items[0]!.id, rating });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(json<{ id: string }>(res).id);
    }
    expect(await summaryOf(h(), shop, productId)).toEqual({
      productId,
      count: 5,
      average: 3.4,
      distribution: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 2 },
    });

    const cs = await staffToken(h(), shop.merchantId, 'customer_service');
    const hide = await h().app.inject({
      method: 'POST',
      url: `/api/admin/reviews/${ids[4]}/hide`,
      headers: bearer(cs),
      payload: { reason: 'abusive' },
    });
    expect(hide.statusCode, hide.body).toBe(200);
    // Hiding twice counts once.
    await h().app.inject({
      method: 'POST',
      url: `/api/admin/reviews/${ids[4]}/hide`,
      headers: bearer(cs),
      payload: {},
    });
    expect(await summaryOf(h(), shop, productId)).toMatchObject({
      count: 4,
      average: 4,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 2 },
    });
    expect((await publicList(productId)).items.map((r) => r.id)).not.toContain(ids[4]);

    const restore = await h().app.inject({
      method: 'POST',
      url: `/api/admin/reviews/${ids[4]}/restore`,
      headers: bearer(cs),
    });
    expect(restore.statusCode, restore.body).toBe(200);
    expect(await summaryOf(h(), shop, productId)).toMatchObject({ count: 5, average: 3.4 });
  });

  it('lists visible reviews newest first by cursor, masked, with the merchant reply', async () => {
    const { productId, skuId } = await productWithSku(h(), shop);
    const written: string[] = [];
    for (const name of ['王小明', 'Bob', '李雷']) {
      const shopper = await shopperNamed(h(), shop, name);
      const order = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship', 'deliver']);
      const res = await review(h(), shopper, {
        orderId: order.id,
        orderItemId: order.items[0]!.id,
        rating: 5,
      });
      written.push(json<{ id: string }>(res).id);
    }
    const replied = await h().app.inject({
      method: 'PUT',
      url: `/api/admin/reviews/${written[0]}/reply`,
      headers: bearer(shop.ownerToken),
      payload: { text: '谢谢支持！' },
    });
    expect(replied.statusCode, replied.body).toBe(200);

    const first = await publicList(productId, '?limit=2');
    expect(first.items.map((r) => [r.id, r.reviewerName])).toEqual([
      [written[2], '李*'],
      [written[1], 'B*'],
    ]);
    expect(first.items[0]).not.toHaveProperty('orderId');
    expect(first.items[0]).not.toHaveProperty('customerId');
    const second = await publicList(productId, `?limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({
      items: [{ id: written[0], reviewerName: '王*', reply: '谢谢支持！' }],
      nextCursor: null,
    });
  });

  it('refuses bad input with a 4xx and a stable code, writing nothing', async () => {
    const { productId, skuId } = await productWithSku(h(), shop);
    const shopper = await shopperNamed(h(), shop, 'Carol');
    const order = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship', 'deliver']);
    const base = { orderId: order.id, orderItemId: order.items[0]!.id, rating: 5 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, rating: 0 }, 'VALIDATION_FAILED'],
      [{ ...base, rating: 6 }, 'VALIDATION_FAILED'],
      [{ ...base, rating: 4.5 }, 'VALIDATION_FAILED'],
      [{ ...base, body: 'x'.repeat(1001) }, 'VALIDATION_FAILED'],
      [{ ...base, body: '卡号 4111 1111 1111 1111 谢谢' }, 'CARD_NUMBER_REFUSED'],
      [{ ...base, imageUrls: ['javascript:alert(1)'] }, 'VALIDATION_FAILED'],
      [
        { ...base, imageUrls: Array.from({ length: 7 }, (_, i) => `https://img.test/${i}.jpg`) },
        'VALIDATION_FAILED',
      ],
      [{ ...base, orderId: "ord_' or 1=1" }, 'ORDER_NOT_FOUND'],
      [{ ...base, extra: true }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const res = await review(h(), shopper, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(json(res)).toMatchObject({ code });
    }
    const guest = await h().app.inject({
      method: 'POST',
      url: '/api/store/reviews',
      headers: { 'x-hexamall-merchant': shop.handle },
      payload: base,
    });
    expect(json(guest)).toMatchObject({ status: 401 });
    expect(await summaryOf(h(), shop, productId)).toMatchObject({ count: 0 });
    expect((await publicList(productId)).items).toEqual([]);
    // An id that names nothing (or someone else's order) is 404, not an empty answer.
    for (const url of [
      '/api/store/products/prod_nothing/reviews/summary',
      '/api/store/products/prod_nothing/reviews',
    ]) {
      expect(
        json(await h().app.inject({ method: 'GET', url, headers: { 'x-hexamall-merchant': shop.handle } })),
      ).toMatchObject({
        status: 404,
        code: 'PRODUCT_NOT_FOUND',
      });
    }
    const stranger = await shopperNamed(h(), shop, 'Eve');
    for (const [who, status] of [
      [stranger, 404],
      [shopper, 200],
    ] as const) {
      const res = await h().app.inject({
        method: 'GET',
        url: `/api/store/orders/${order.id}/reviews`,
        headers: bearer(who.token),
      });
      expect(res.statusCode, res.body).toBe(status);
    }
    const analyst = await staffToken(h(), shop.merchantId, 'analyst');
    const forbidden = await h().app.inject({
      method: 'GET',
      url: '/api/admin/reviews',
      headers: bearer(analyst),
    });
    expect(json(forbidden)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('reports the shop reputation over the last 90 days of visible reviews', async () => {
    const other = await openReviewShop(h());
    const { skuId } = await productWithSku(h(), other);
    for (const rating of [5, 4, 3]) {
      const shopper = await shopperNamed(h(), other, 'Dan');
      const order = await orderIn(h(), other, shopper, [skuId], ['pay', 'ship', 'deliver']);
      await review(h(), shopper, { orderId: order.id, orderItemId: order.items[0]!.id, rating });
    }
    // An old review falls out of the window.
    const { reviews } = await import('./schema.ts');
    const [oldest] = await h().database.db.select().from(reviews).where(eq(reviews.rating, 3)).limit(1);
    expect(oldest).toBeDefined();
    await h()
      .database.db.update(reviews)
      .set({ createdAt: new Date(Date.now() - 91 * 24 * 60 * 60 * 1000) })
      .where(eq(reviews.id, oldest!.id));
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/admin/reviews/reputation',
      headers: bearer(other.ownerToken),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toMatchObject({ count: 2, average: 4.5, windowDays: 90 });
  });

  it('exports a reviewer’s reviews and anonymises them on erasure, keeping the rating', async () => {
    const { productId, skuId } = await productWithSku(h(), shop);
    const shopper = await shopperNamed(h(), shop, '赵敏');
    const order = await orderIn(h(), shop, shopper, [skuId], ['pay', 'ship', 'deliver']);
    await review(h(), shopper, {
      orderId: order.id,
      orderItemId: order.items[0]!.id,
      rating: 2,
      body: '尺码偏小',
      imageUrls: ['https://img.test/me.jpg'],
    });
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const subject = { merchantId: shop.merchantId, customerId: shopper.customerId };
    expect(await reviewsPersonalData.exportSubject(ctx, subject)).toMatchObject({
      reviews: [{ rating: 2, body: '尺码偏小', shownAs: '赵*', imageUrls: ['https://img.test/me.jpg'] }],
    });
    await reviewsPersonalData.eraseSubject(ctx, subject);
    expect(await reviewsPersonalData.exportSubject(ctx, subject)).toBeUndefined();
    expect((await publicList(productId)).items).toMatchObject([
      { rating: 2, body: '', imageUrls: [], reviewerName: null },
    ]);
    expect(await summaryOf(h(), shop, productId)).toMatchObject({ count: 1, average: 2 });
  });
});

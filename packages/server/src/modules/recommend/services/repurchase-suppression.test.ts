import { expect, it } from 'vitest';
import { unwrap } from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import {
  newShopper,
  openShop,
  payThroughSandbox,
  placeOrder,
  settleBackground,
  stockedSku,
} from '../../../workflows/test-shop.ts';
import { updateProduct } from '../../catalog/index.ts';
import { eventCode } from '../events/event-types.ts';
import { recommendStateOf } from '../index.ts';
import { RETRAIN_EVERY_MS } from '../model/retrain-job.ts';
import {
  categoryOf,
  event,
  json,
  newSessionId,
  productOf,
  storeApi,
  systemOf,
} from '../recommend-test-support.ts';
import { recommendEvents } from '../schema.ts';
import type { Recommendations } from './recommend-for-surface.ts';

const DAY_MS = 86_400_000;

describeEachDatabase('repurchase-cycle suppression', (h) => {
  const api = storeApi(h);

  it('rests a bought category for the cycle learned from the shop, then brings it back', async () => {
    const clock = h().clock;
    recommendStateOf(h().app.runtime).now = () => clock.now();
    const shop = await openShop(h());
    api.useShop(shop.handle);
    // Named like nothing the priors know: its prior is the default 60 days.
    const gadgets = await categoryOf(h(), shop.merchantId, '小玩意', 'Gizmos');
    const kitchen = await categoryOf(h(), shop.merchantId, '锅具', 'Pans');
    const bought = await stockedSku(h(), shop, 5_000, 10);
    unwrap(await updateProduct(systemOf(h(), shop.merchantId), bought.productId, { categoryId: gadgets }));
    const gadget = await productOf(h(), shop.merchantId, { title: 'Pocket gizmo', categoryId: gadgets });
    const pan = await productOf(h(), shop.merchantId, { title: 'Wok', categoryId: kitchen });
    for (const product of [gadget, gadget, pan]) {
      await api('POST', '/events', undefined, {
        sessionId: newSessionId(),
        device: 'mobile',
        events: [event('view', product), event('add_to_cart', product)],
      });
    }
    // The shop's history: four shoppers who rebuy gizmos every ten days.
    const now = clock.now().getTime();
    await h()
      .database.db.insert(recommendEvents)
      .values(
        [1, 2, 3, 4].flatMap((shopper) =>
          [30, 20, 10].map((daysAgo) => ({
            merchantId: shop.merchantId,
            sessionKey: `ord_history_${shopper}_${daysAgo}`,
            orderId: `ord_history_${shopper}_${daysAgo}`,
            customerId: `cus_history_${shopper}`,
            type: eventCode('purchase'),
            productId: gadget,
            value: 1,
            device: 0,
            at: new Date(now - daysAgo * DAY_MS - shopper * 60_000),
          })),
        ),
      );

    const shopper = await newShopper(h(), shop);
    const consent = await api('PUT', '/privacy/consents', shopper.token, {
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'web',
      changes: [{ purpose: 'personalisation', granted: true }],
    });
    expect(consent.statusCode).toBe(200);
    const order = await placeOrder(h(), shopper, bought.skuId, 1);
    await payThroughSandbox(h(), shopper, order.id);
    await settleBackground(h());
    // The scheduled retrain learns the cycle: (3 x 60 prior + 8 gaps of 10 days) / 11 = 23.6 days.
    clock.advance(RETRAIN_EVERY_MS + 1);
    await h().app.runtime.jobs.runDue();

    const home = async () => {
      const res = await api('GET', '/recommendations?surface=home&limit=20', shopper.token);
      expect(res.statusCode, res.body).toBe(200);
      const body = json<Recommendations>(res);
      expect(body.personalised).toBe(true);
      return body.items.map((i) => i.product.id);
    };
    const afterPurchase = async () => {
      const res = await api('GET', '/recommendations?surface=after_purchase&limit=20', shopper.token);
      return json<Recommendations>(res).items.map((i) => i.product.id);
    };

    const justBought = await home();
    expect(justBought).toContain(pan);
    expect(justBought).not.toContain(gadget);
    expect(justBought).not.toContain(bought.productId);
    expect(await afterPurchase()).not.toContain(bought.productId);

    clock.advance(12 * DAY_MS);
    const midCycle = await home();
    expect(midCycle).toContain(pan);
    expect(midCycle).not.toContain(gadget);

    // Past the learned 23.6 days, well short of the 60-day prior.
    clock.advance(14 * DAY_MS);
    expect(await home()).toContain(gadget);
  });
});

import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { systemCtx, unwrap } from '../../platform/index.ts';
import { bearer, describeEachDatabase, json, type Harness } from '../../testing/harness.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { changeProductStatus, createProduct, updateSku } from '../catalog/index.ts';
import { setStock } from '../inventory/index.ts';
import type { CartView } from './index.ts';
import { purgeAbandonedGuestCarts } from './services/purge-guest-carts.ts';

async function product(h: Harness, merchantId: string, code: string, price: number) {
  const ctx = systemCtx(h.database.db, merchantId, 'test', h.privacy);
  const created = unwrap(
    await createProduct(ctx, {
      status: 'active',
      texts: { en: { title: `Product ${code}` } },
      skus: [{ code, listPrice: price, currency: 'CNY', weightGrams: 300, specs: { size: 'M' } }],
    }),
  );
  const skuId = created.skus[0]!.id;
  unwrap(await setStock(ctx, skuId, 10));
  return { productId: created.id, skuId };
}

describeEachDatabase('cart', (h) => {
  let shop: { merchantId: string; handle: string };
  let tea: { productId: string; skuId: string };
  let cup: { productId: string; skuId: string };
  const store = (headers: Record<string, string> = {}) => ({
    'x-hexamall-merchant': shop.handle,
    ...headers,
  });
  const add = (headers: Record<string, string>, skuId: string, quantity: number) =>
    h().app.inject({
      method: 'POST',
      url: '/api/store/cart/items',
      headers: store(headers),
      payload: { skuId, quantity },
    });
  const read = async (headers: Record<string, string>) => {
    const res = await h().app.inject({ method: 'GET', url: '/api/store/cart', headers: store(headers) });
    expect(res.statusCode, res.body).toBe(200);
    return json<CartView>(res);
  };

  beforeAll(async () => {
    shop = await createMerchant(h());
    tea = await product(h(), shop.merchantId, 'TEA-1', 2500);
    cup = await product(h(), shop.merchantId, 'CUP-1', 990);
  });

  it('gives a guest a cart token once and prices lines from the catalog', async () => {
    const res = await add({}, tea.skuId, 2);
    expect(res.statusCode, res.body).toBe(200);
    const cart = json<CartView>(res);
    expect(cart.cartToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.headers['x-cart-token']).toBe(cart.cartToken);
    expect(cart.lines).toMatchObject([
      {
        skuId: tea.skuId,
        quantity: 2,
        unitPrice: 2500,
        lineTotal: 5000,
        purchasable: true,
        productTitle: 'Product TEA-1',
      },
    ]);
    expect(cart).toMatchObject({ subtotal: 5000, itemCount: 2, currency: 'CNY', checkoutReady: true });

    const again = await add({ 'x-cart-token': cart.cartToken! }, cup.skuId, 1);
    expect(json<CartView>(again).cartToken).toBeUndefined();
    const read1 = await read({ 'x-cart-token': cart.cartToken! });
    expect(read1.id).toBe(cart.id);
    expect(read1.subtotal).toBe(5000 + 990);
    expect((await read({})).lines).toEqual([]);
    expect((await read({ 'x-cart-token': 'not-a-real-token' })).lines).toEqual([]);
  });

  it('refuses client prices, bad quantities and unknown or unpurchasable SKUs', async () => {
    const withPrice = await h().app.inject({
      method: 'POST',
      url: '/api/store/cart/items',
      headers: store(),
      payload: { skuId: tea.skuId, quantity: 1, unitPrice: 1 },
    });
    expect(withPrice.statusCode).toBe(400);
    expect((await add({}, tea.skuId, 0)).statusCode).toBe(400);
    expect((await add({}, tea.skuId, 1000)).statusCode).toBe(400);
    const unknown = await add({}, 'sku_01hzzzzzzzzzzzzzzzzzzzzzzz', 1);
    expect(json(unknown)).toMatchObject({ status: 404, code: 'SKU_NOT_FOUND' });
    const draft = await product(h(), shop.merchantId, 'DRAFT-1', 100);
    unwrap(
      await changeProductStatus(
        systemCtx(h().database.db, shop.merchantId, 'test', h().privacy),
        draft.productId,
        'draft',
      ),
    );
    expect(json(await add({}, draft.skuId, 1))).toMatchObject({
      status: 409,
      code: 'PRODUCT_NOT_PURCHASABLE',
    });
  });

  it('re-prices on every read and flags lines taken off sale', async () => {
    const item = await product(h(), shop.merchantId, 'REPRICE-1', 1000);
    const token = json<CartView>(await add({}, item.skuId, 3)).cartToken!;
    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    unwrap(await updateSku(ctx, item.productId, item.skuId, { listPrice: 1200, salePrice: 800 }));
    expect(await read({ 'x-cart-token': token })).toMatchObject({
      subtotal: 2400,
      lines: [{ unitPrice: 800, listPrice: 1200, lineTotal: 2400, purchasable: true }],
    });
    unwrap(await changeProductStatus(ctx, item.productId, 'archived'));
    expect(await read({ 'x-cart-token': token })).toMatchObject({
      subtotal: 0,
      checkoutReady: false,
      lines: [{ purchasable: false, lineTotal: 0 }],
    });
  });

  it('adds quantities of the same SKU up to 999, and flags lines beyond the stock', async () => {
    const token = json<CartView>(await add({}, tea.skuId, 600)).cartToken!;
    const cart = json<CartView>(await add({ 'x-cart-token': token }, tea.skuId, 600));
    expect(cart.lines).toMatchObject([{ skuId: tea.skuId, quantity: 999, available: 10, inStock: false }]);
    expect(cart.checkoutReady).toBe(false);
  });

  it("changes and removes lines only in the caller's own cart", async () => {
    const mine = json<CartView>(await add({}, tea.skuId, 1));
    const theirs = json<CartView>(await add({}, cup.skuId, 1));
    const mineHeaders = { 'x-cart-token': mine.cartToken! };
    const theirLine = theirs.lines[0]!.id;
    const patchTheirs = await h().app.inject({
      method: 'PATCH',
      url: `/api/store/cart/items/${theirLine}`,
      headers: store(mineHeaders),
      payload: { quantity: 5 },
    });
    expect(json(patchTheirs)).toMatchObject({ status: 404, code: 'CART_ITEM_NOT_FOUND' });
    const deleteTheirs = await h().app.inject({
      method: 'DELETE',
      url: `/api/store/cart/items/${theirLine}`,
      headers: store(mineHeaders),
    });
    expect(deleteTheirs.statusCode).toBe(404);
    expect((await read({ 'x-cart-token': theirs.cartToken! })).lines).toMatchObject([{ quantity: 1 }]);

    const line = mine.lines[0]!.id;
    const patched = await h().app.inject({
      method: 'PATCH',
      url: `/api/store/cart/items/${line}`,
      headers: store(mineHeaders),
      payload: { quantity: 4 },
    });
    expect(json<CartView>(patched)).toMatchObject({ subtotal: 10_000, lines: [{ quantity: 4 }] });
    const removed = await h().app.inject({
      method: 'DELETE',
      url: `/api/store/cart/items/${line}`,
      headers: store(mineHeaders),
    });
    expect(json<CartView>(removed)).toMatchObject({ lines: [], subtotal: 0 });
  });

  it('merges the guest cart at sign-up, adding quantities, exactly once', async () => {
    const shopper = await signUpShopper(h(), shop.handle);
    await add(bearer(shopper.token), tea.skuId, 2);
    const guestToken = json<CartView>(await add({}, tea.skuId, 3)).cartToken!;
    await add({ 'x-cart-token': guestToken }, cup.skuId, 1);

    // Signing in again from the guest's device announces the guest cart in customer.signed_in.
    const signUp = await h().app.inject({
      method: 'POST',
      url: '/api/store/auth/sign-up',
      headers: store({ 'x-cart-token': guestToken }),
      payload: {
        email: `merge-${Date.now()}@example.com`,
        password: 'correct-horse-battery',
        displayName: 'M',
      },
    });
    expect(signUp.statusCode, signUp.body).toBe(201);
    const newcomer = json<{ token: string }>(signUp).token;
    await h().app.runtime.events.drain();
    const merged = await read(bearer(newcomer));
    expect(merged.lines.map((l) => [l.skuId, l.quantity]).sort()).toEqual(
      [
        [tea.skuId, 3],
        [cup.skuId, 1],
      ].sort(),
    );
    // The guest cart is gone for the guest, and a repeat (lazy merge with the old token) changes nothing.
    expect((await read({ 'x-cart-token': guestToken })).lines).toEqual([]);
    const repeat = await read({ ...bearer(newcomer), 'x-cart-token': guestToken });
    expect(repeat.lines.map((l) => l.quantity).sort()).toEqual([1, 3]);
    // The other shopper's cart was untouched.
    expect((await read(bearer(shopper.token))).lines).toMatchObject([{ skuId: tea.skuId, quantity: 2 }]);
  });

  it('merges lazily when a signed-in shopper sends a guest token, adding to their own lines', async () => {
    const shopper = await signUpShopper(h(), shop.handle);
    await add(bearer(shopper.token), tea.skuId, 2);
    const guestToken = json<CartView>(await add({}, tea.skuId, 998)).cartToken!;
    await add({ 'x-cart-token': guestToken }, cup.skuId, 2);
    const headers = { ...bearer(shopper.token), 'x-cart-token': guestToken };
    const [a, b] = await Promise.all([read(headers), read(headers)]);
    for (const cart of [a, b]) {
      expect(cart.lines.map((l) => [l.skuId, l.quantity]).sort()).toEqual(
        [
          [tea.skuId, 999],
          [cup.skuId, 2],
        ].sort(),
      );
    }
    const other = await signUpShopper(h(), shop.handle);
    expect((await read(bearer(other.token))).lines).toEqual([]);
  });

  it("purges guest carts untouched for 30 days, keeping fresh ones and shoppers' carts", async () => {
    const old = await add({}, tea.skuId, 1);
    const oldToken = old.headers['x-cart-token'] as string;
    const recent = await add({}, cup.skuId, 1);
    const recentToken = recent.headers['x-cart-token'] as string;
    const shopper = await signUpShopper(h(), shop.handle);
    await add(bearer(shopper.token), tea.skuId, 2);
    const db = h().database.db;
    await db.execute(sql`update carts set updated_at = now() - interval '45 days'`);
    await db.execute(sql`update carts set updated_at = now() where customer_id is null and id = (
      select id from carts where customer_id is null order by created_at desc limit 1)`);
    const removed = await purgeAbandonedGuestCarts(systemCtx(db, '', 'test', h().privacy));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect((await read({ 'x-cart-token': oldToken })).lines).toEqual([]);
    expect((await read({ 'x-cart-token': recentToken })).lines.map((l) => l.skuId)).toEqual([cup.skuId]);
    expect((await read(bearer(shopper.token))).lines.map((l) => [l.skuId, l.quantity])).toEqual([
      [tea.skuId, 2],
    ]);
  });
});

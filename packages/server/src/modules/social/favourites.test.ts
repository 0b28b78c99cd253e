import { expect, it } from 'vitest';
import { systemCtx } from '../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../testing/fixtures.ts';
import { describeEachDatabase } from '../../testing/harness.ts';
import { json, outboxOf, productOf, storeApi } from './social-test-support.ts';

interface Favourite {
  productId: string;
  visibility: string;
  product: { id: string; title: string; priceFrom: number | null } | null;
}
type Page = { items: Favourite[]; nextCursor: string | null };

describeEachDatabase('social favourites', (h) => {
  const api = storeApi(h);

  it('favourites, lists with cards, changes visibility and removes, emitting one event each way', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const shoe = await productOf(h(), shop.merchantId, 'Trail shoe');
    const sock = await productOf(h(), shop.merchantId, 'Wool sock');

    const saved = await api('PUT', `/favourites/${shoe}`, token, {});
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toEqual({ productId: shoe, visibility: 'friends' });
    expect((await api('PUT', `/favourites/${sock}`, token, { visibility: 'private' })).statusCode).toBe(200);
    // Saving again only changes the visibility: no second event.
    expect(json(await api('PUT', `/favourites/${shoe}`, token, { visibility: 'public' }))).toEqual({
      productId: shoe,
      visibility: 'public',
    });

    const page = json<Page>(await api('GET', '/favourites', token));
    expect(page.items.map((f) => [f.productId, f.visibility, f.product?.title])).toEqual([
      [sock, 'private', 'Wool sock'],
      [shoe, 'public', 'Trail shoe'],
    ]);
    expect(page.items[0]?.product?.priceFrom).toBe(9_000);

    expect((await api('DELETE', `/favourites/${sock}`, token)).statusCode).toBe(204);
    const again = await api('DELETE', `/favourites/${sock}`, token);
    expect(again.statusCode).toBe(404);
    expect(json(again)).toMatchObject({ code: 'FAVOURITE_NOT_FOUND' });
    expect(json<Page>(await api('GET', '/favourites', token)).items.map((f) => f.productId)).toEqual([shoe]);

    const ctx = systemCtx(h().database.db, shop.merchantId, 'test', h().privacy);
    const favourited = await outboxOf(ctx, 'social.favourited');
    expect(favourited.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        { customerId, productId: shoe },
        { customerId, productId: sock },
      ]),
    );
    expect(favourited).toHaveLength(2);
    expect((await outboxOf(ctx, 'social.unfavourited')).map((e) => e.payload)).toEqual([
      { customerId, productId: sock },
    ]);
  });

  it('pages with a cursor without overlap and refuses a forged cursor', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = await productOf(h(), shop.merchantId, `Item ${i}`);
      ids.push(id);
      expect((await api('PUT', `/favourites/${id}`, token, {})).statusCode).toBe(200);
    }
    const first = json<Page>(await api('GET', '/favourites?limit=2', token));
    expect(first.items).toHaveLength(2);
    const seen = first.items.map((f) => f.productId);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = json<Page>(await api('GET', `/favourites?limit=2&cursor=${cursor}`, token));
      seen.push(...next.items.map((f) => f.productId));
      cursor = next.nextCursor;
    }
    expect(seen.sort()).toEqual([...ids].sort());
    const forged = Buffer.from(JSON.stringify({ at: 'yesterday', id: 'x' })).toString('base64url');
    const refused = await api('GET', `/favourites?cursor=${forged}`, token);
    expect(refused.statusCode).toBe(400);
    expect(json(refused)).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it("keeps shoppers apart and refuses another shop's or an unknown product", async () => {
    const shop = await createMerchant(h());
    const other = await createMerchant(h());
    const alice = await signUpShopper(h(), shop.handle);
    const bob = await signUpShopper(h(), shop.handle);
    const stranger = await signUpShopper(h(), other.handle);
    const shoe = await productOf(h(), shop.merchantId);
    const foreign = await productOf(h(), other.merchantId);

    expect((await api('PUT', `/favourites/${shoe}`, alice.token, { visibility: 'private' })).statusCode).toBe(
      200,
    );
    expect(json<Page>(await api('GET', '/favourites', bob.token)).items).toEqual([]);
    expect(json<Page>(await api('GET', '/favourites', stranger.token)).items).toEqual([]);
    // Bob cannot remove Alice's favourite: for him it does not exist.
    expect((await api('DELETE', `/favourites/${shoe}`, bob.token)).statusCode).toBe(404);
    expect(json<Page>(await api('GET', '/favourites', alice.token)).items).toHaveLength(1);

    for (const [token, productId] of [
      [alice.token, foreign],
      [stranger.token, shoe],
      [alice.token, 'prod_00000000000000000000000000'],
    ] as const) {
      const res = await api('PUT', `/favourites/${productId}`, token, {});
      expect(res.statusCode).toBe(404);
      expect(json(res)).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    }
    expect(json<Page>(await api('GET', '/favourites', stranger.token)).items).toEqual([]);
    expect((await api('GET', '/favourites')).statusCode).toBe(401);
    expect(
      (await api('PUT', `/favourites/${shoe}`, alice.token, { visibility: 'everyone' })).statusCode,
    ).toBe(400);
  });

  it('merges guest favourites at sign-in once, skipping what is held or not on sale', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    const a = await productOf(h(), shop.merchantId);
    const b = await productOf(h(), shop.merchantId);
    expect((await api('PUT', `/favourites/${a}`, token, {})).statusCode).toBe(200);
    const body = { productIds: [a, b, 'prod_00000000000000000000000000'] };
    expect(json(await api('POST', '/favourites/merge', token, body))).toEqual({ added: 1 });
    expect(json(await api('POST', '/favourites/merge', token, body))).toEqual({ added: 0 });
    expect(
      json<Page>(await api('GET', '/favourites', token))
        .items.map((f) => f.productId)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it('gives new favourites the default visibility the shopper chose', async () => {
    const shop = await createMerchant(h());
    const { token } = await signUpShopper(h(), shop.handle);
    expect(json(await api('GET', '/social/settings', token))).toEqual({ defaultVisibility: 'friends' });
    expect(json(await api('PUT', '/social/settings', token, { defaultVisibility: 'private' }))).toEqual({
      defaultVisibility: 'private',
    });
    const p = await productOf(h(), shop.merchantId);
    expect(json(await api('PUT', `/favourites/${p}`, token, {}))).toEqual({
      productId: p,
      visibility: 'private',
    });
  });
});

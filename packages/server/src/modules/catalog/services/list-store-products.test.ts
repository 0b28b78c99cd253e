import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { AppError, unwrap, withMerchant, type Ctx } from '../../../platform/index.ts';
import { merchantCtx, productInput, skuInput } from '../test-support.ts';
import { createProduct } from './create-product.ts';
import { defineAttribute } from './define-attribute.ts';
import { listStoreProducts, type StoreProductQuery } from './list-store-products.ts';
import { upsertBrand } from './upsert-brand.ts';
import { upsertCategory } from './upsert-category.ts';

interface Seeded {
  id: string;
  price: number;
  prices: number[];
  category: string;
  brand: string;
  tags: string[];
  waterproof: boolean;
  season: string;
  ages: { min: number; max: number };
}

describeEachDatabase('catalog store listing', (h) => {
  let c: Ctx;
  const shop: { onSale: Seeded[]; hidden: string[]; cats: Record<string, string>; brands: string[] } = {
    onSale: [],
    hidden: [],
    cats: {},
    brands: [],
  };

  beforeAll(async () => {
    c = merchantCtx(h().database.db, 'en');
    const apparel = unwrap(await upsertCategory(c, { name: { en: 'Apparel' } }));
    const coats = unwrap(await upsertCategory(c, { name: { en: 'Coats' }, parentId: apparel.id }));
    const down = unwrap(await upsertCategory(c, { name: { en: 'Down' }, parentId: coats.id }));
    const shoes = unwrap(await upsertCategory(c, { name: { en: 'Shoes' } }));
    shop.cats = { apparel: apparel.id, coats: coats.id, down: down.id, shoes: shoes.id };
    for (const name of ['North', 'South'])
      shop.brands.push(unwrap(await upsertBrand(c, { name: { en: name } })).id);
    unwrap(await defineAttribute(c, 'waterproof', { type: 'boolean', label: { en: 'Waterproof' } }));
    unwrap(
      await defineAttribute(c, 'season', {
        type: 'enum',
        label: { en: 'Season' },
        options: ['winter', 'summer'],
      }),
    );
    unwrap(await defineAttribute(c, 'age_range', { type: 'range', label: { en: 'Age' } }));
    const categoryCycle = [down.id, coats.id, apparel.id, shoes.id];
    // Prices repeat on purpose: equal sort keys must still page without overlap.
    const basePrices = [
      5_000, 12_000, 5_000, 30_000, 8_000, 12_000, 1_000, 20_000, 5_000, 15_000, 9_000, 12_000, 7_000,
    ];
    for (const [i, base] of basePrices.entries()) {
      const prices = [base, base + 2_500];
      const seeded = {
        price: base,
        prices,
        category: categoryCycle[i % 4]!,
        brand: shop.brands[i % 2]!,
        tags: i % 3 === 0 ? ['sale', 'new'] : ['new'],
        waterproof: i % 2 === 0,
        season: i % 4 < 2 ? 'winter' : 'summer',
        ages: { min: i % 5, max: (i % 5) + 3 },
      };
      const created = unwrap(
        await createProduct(
          c,
          productInput({
            categoryId: seeded.category,
            brandId: seeded.brand,
            tags: seeded.tags,
            attributes: { waterproof: seeded.waterproof, season: seeded.season, age_range: seeded.ages },
            skus: [
              skuInput({ listPrice: base + 2_500, salePrice: base + 2_500 }),
              skuInput({ listPrice: base + 1_000, salePrice: base }),
              skuInput({ listPrice: 500, salePrice: 100, status: 'inactive' }),
            ],
          }),
        ),
      );
      shop.onSale.push({ ...seeded, id: created.id });
    }
    for (const status of ['draft', 'archived'] as const) {
      shop.hidden.push(unwrap(await createProduct(c, productInput({ status, categoryId: down.id }))).id);
    }
    const noActiveSku = productInput({ skus: [skuInput({ status: 'inactive' })], categoryId: down.id });
    shop.hidden.push(unwrap(await createProduct(c, noActiveSku)).id);
    // Another shop's product with the same category id must never appear.
    shop.hidden.push(unwrap(await createProduct(merchantCtx(h().database.db), productInput())).id);
  });

  async function all(query: Omit<StoreProductQuery, 'cursor'>, limit = 4) {
    const pages: string[][] = [];
    const prices: number[] = [];
    let cursor: string | undefined;
    do {
      const page = unwrap(await listStoreProducts(c, { ...query, limit, ...(cursor ? { cursor } : {}) }));
      expect(page.items.length).toBeLessThanOrEqual(limit);
      pages.push(page.items.map((p) => p.id));
      prices.push(...page.items.map((p) => p.priceFrom));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 50);
    const ids = pages.flat();
    expect(new Set(ids).size, 'pages overlap').toBe(ids.length);
    return { ids, prices, pages };
  }
  const idsWhere = (pred: (p: Seeded) => boolean) =>
    shop.onSale
      .filter(pred)
      .map((p) => p.id)
      .sort();

  it('pages through every product on sale, newest first, without overlap or gaps', async () => {
    const { ids, pages } = await all({});
    expect(pages.length).toBe(Math.ceil(shop.onSale.length / 4));
    // Ids are time-ordered ULIDs: newest first is descending id order.
    expect(ids).toEqual(idsWhere(() => true).reverse());
    for (const hidden of shop.hidden) expect(ids).not.toContain(hidden);
  });

  it('sorts by lowest active sale price both ways, ties broken stably', async () => {
    const asc = await all({ sort: 'price_asc' }, 3);
    expect(asc.prices).toEqual(shop.onSale.map((p) => p.price).sort((a, b) => a - b));
    expect([...asc.ids].sort()).toEqual(idsWhere(() => true));
    const desc = await all({ sort: 'price_desc' }, 5);
    expect(desc.prices).toEqual(shop.onSale.map((p) => p.price).sort((a, b) => b - a));
    expect(desc.ids).toEqual([...asc.ids].reverse());
  });

  it('filters by category including descendants, brand and tag', async () => {
    const { cats, brands } = shop;
    const under = (ids: string[]) => (p: Seeded) => ids.includes(p.category);
    expect((await all({ category: cats.apparel })).ids.sort()).toEqual(
      idsWhere(under([cats.apparel!, cats.coats!, cats.down!])),
    );
    expect((await all({ category: cats.coats })).ids.sort()).toEqual(
      idsWhere(under([cats.coats!, cats.down!])),
    );
    expect((await all({ category: cats.down })).ids.sort()).toEqual(idsWhere(under([cats.down!])));
    expect((await all({ brand: brands[1] })).ids.sort()).toEqual(idsWhere((p) => p.brand === brands[1]));
    expect((await all({ tag: 'sale', category: cats.shoes })).ids.sort()).toEqual(
      idsWhere((p) => p.tags.includes('sale') && p.category === cats.shoes),
    );
    expect((await all({ category: 'cat_unknown' })).ids).toEqual([]);
  });

  it('filters on any active SKU sale price within the range', async () => {
    const inRange = (min: number, max: number) => (p: Seeded) => p.prices.some((x) => x >= min && x <= max);
    expect((await all({ priceMin: 10_000, priceMax: 14_000 })).ids.sort()).toEqual(
      idsWhere(inRange(10_000, 14_000)),
    );
    // 7,500 is only the second SKU's price of the 5,000 products: they match through it.
    expect((await all({ priceMin: 7_500, priceMax: 7_500 })).ids.sort()).toEqual(
      idsWhere(inRange(7_500, 7_500)),
    );
    expect((await all({ priceMin: 7_500, priceMax: 7_500 })).ids.length).toBe(3);
    // The inactive 100 SKU never matches.
    expect((await all({ priceMax: 100 })).ids).toEqual([]);
    // The 20,000 product matches through its 22,500 SKU but still shows and sorts by its lowest price.
    expect((await all({ priceMin: 22_000, sort: 'price_asc' })).prices).toEqual([20_000, 30_000]);
  });

  it('filters on attributes by their type', async () => {
    expect((await all({ attr: ['waterproof:true'] })).ids.sort()).toEqual(idsWhere((p) => p.waterproof));
    expect((await all({ attr: ['waterproof:false', 'season:summer'] })).ids.sort()).toEqual(
      idsWhere((p) => !p.waterproof && p.season === 'summer'),
    );
    expect((await all({ attr: ['age_range:6'] })).ids.sort()).toEqual(
      idsWhere((p) => p.ages.min <= 6 && p.ages.max >= 6),
    );
    expect(await listStoreProducts(c, { attr: ['colour:red'] })).toMatchObject({
      ok: false,
      code: 'ATTRIBUTE_NOT_DEFINED',
    });
    expect(await listStoreProducts(c, { attr: ['waterproof:yes'] })).toMatchObject({
      ok: false,
      code: 'ATTRIBUTE_VALUE_INVALID',
    });
    expect(await listStoreProducts(c, { attr: ['age_range:old'] })).toMatchObject({
      code: 'ATTRIBUTE_VALUE_INVALID',
    });
  });

  it('refuses a cursor from another sort order or forged', async () => {
    const first = unwrap(await listStoreProducts(c, { limit: 2 }));
    await expect(
      listStoreProducts(c, { sort: 'price_asc', cursor: first.nextCursor! }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(listStoreProducts(c, { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('shows nothing of this shop to another merchant', async () => {
    expect(unwrap(await listStoreProducts(withMerchant(c, 'mer_nobody'), {})).items).toEqual([]);
  });

  it('summarises each product in the reader locale', async () => {
    const page = unwrap(await listStoreProducts(c, { limit: 1 }));
    const newest = idsWhere(() => true).pop();
    const last = shop.onSale.find((p) => p.id === newest)!;
    expect(page.items[0]).toMatchObject({
      id: last.id,
      title: 'Down jacket',
      priceFrom: last.price,
      currency: 'CNY',
      brand: { id: last.brand, name: last.brand === shop.brands[0] ? 'North' : 'South' },
      categoryId: last.category,
    });
    const zh = unwrap(await listStoreProducts({ ...c, locale: 'zh-CN' }, { limit: 1 }));
    expect(zh.items[0]?.title).toBe('羽绒服');
  });
});

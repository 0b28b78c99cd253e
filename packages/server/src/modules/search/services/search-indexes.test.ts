import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seedDemoShop } from '../../../cli/seed.ts';
import { systemCtx, unwrap } from '../../../platform/index.ts';
import { describeEachDatabase, openApp } from '../../../testing/harness.ts';
import { createProduct } from '../../catalog/index.ts';
import { searchIndexChanges } from '../schema.ts';
import { PRUNE_EVERY_MS, REBUILD_AFTER_MS } from './prune-index-changes.ts';
import { SearchIndexes, searchIndexesOf } from './search-indexes.ts';

describeEachDatabase('search indexes: built at boot, pruned, rebuilt when stale', (h) => {
  let merchantId = '';
  const ctx = () => systemCtx(h().database.db, merchantId, 'test', h().privacy);
  const titlesOf = async (indexes: SearchIndexes, q: string) => {
    const search = await indexes.forMerchant(ctx());
    const result = await search.engine.search({ text: q, limit: 10 });
    return result.hits.map((hit) => hit.id);
  };

  it('builds every known merchant index at boot, before anyone searches', async () => {
    merchantId = (await seedDemoShop(h().app))!.merchantId;
    await h().app.runtime.events.drain();
    const restarted = await openApp(h().database);
    try {
      const indexes = searchIndexesOf(restarted.runtime);
      await indexes.warming;
      expect(indexes.has(merchantId)).toBe(true);
      expect(indexes.has('mer_unknown')).toBe(false);
      expect(await (await indexes.forMerchant(ctx())).engine.count()).toBeGreaterThan(10);
    } finally {
      await restarted.close();
    }
  });

  it('prunes changes older than every process reads, keeping recent ones', async () => {
    const old = `sic_old${Date.now()}`;
    await h()
      .database.db.insert(searchIndexChanges)
      .values({ id: old, merchantId, productId: 'prod_x', changedAt: new Date(Date.now() - 2 * 3600_000) });
    const before = await h().database.db.select().from(searchIndexChanges);
    expect(before.length).toBeGreaterThan(1);
    h().clock.advance(PRUNE_EVERY_MS + 1000);
    await h().app.runtime.jobs.runDue();
    const after = await h().database.db.select().from(searchIndexChanges);
    expect(after.map((r) => r.id)).not.toContain(old);
    expect(after.length).toBe(before.length - 1);
  });

  it('rebuilds, rather than catches up, an index that has not looked for longer than changes are kept', async () => {
    let now = Date.now();
    const indexes = new SearchIndexes(undefined, () => now);
    expect(await titlesOf(indexes, 'aurora')).toEqual([]);
    const product = unwrap(
      await createProduct(ctx(), {
        status: 'active',
        texts: { 'zh-CN': { title: '极光 登山杖' }, en: { title: 'Aurora trekking pole' } },
        skus: [{ code: `POLE-${Date.now()}`, listPrice: 19_900, currency: 'CNY' }],
      }),
    );
    await h().app.runtime.events.drain();
    // As if the prune job had run meanwhile: the change is gone, so only a rebuild can find the product.
    await h().database.db.delete(searchIndexChanges).where(eq(searchIndexChanges.productId, product.id));
    now += REBUILD_AFTER_MS + 1000;
    expect(await titlesOf(indexes, 'aurora')).toEqual([product.id]);
  });
});

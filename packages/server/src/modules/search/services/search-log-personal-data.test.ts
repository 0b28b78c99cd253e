import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seedDemoShop } from '../../../cli/seed.ts';
import { systemCtx, type Ctx, type RetentionPolicy } from '../../../platform/index.ts';
import { signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { searchPersonalData } from '../personal-data.ts';
import { searchEvents, searchQueries } from '../schema.ts';

interface Exported {
  searches: { query: string; followedBy: { kind: string; productId: string }[] }[];
}

describeEachDatabase("a shopper's search log as personal data", (h) => {
  let merchantId = '';
  let handle = '';
  const system = (): Ctx => systemCtx(h().database.db, merchantId, 'test', h().privacy);
  const searchAs = async (token: string, q: string) => {
    const res = await h().app.inject({
      method: 'GET',
      url: `/api/store/search?q=${encodeURIComponent(q)}`,
      headers: { ...bearer(token), 'accept-language': 'zh-CN' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return json<{ queryId: string; items: { id: string }[] }>(res);
  };
  const rowsOf = async () =>
    h().database.db.select().from(searchQueries).where(eq(searchQueries.merchantId, merchantId));

  it('seeds the demo shop', async () => {
    const seeded = await seedDemoShop(h().app);
    merchantId = seeded!.merchantId;
    handle = 'demo';
  });

  it("exports the shopper's own queries with what followed them, and erases only theirs", async () => {
    const mei = await signUpShopper(h(), handle);
    const lin = await signUpShopper(h(), handle);
    const hiking = await searchAs(mei.token, '适合户外徒步的鞋子');
    await searchAs(mei.token, '送给妈妈的轻薄羽绒服');
    await searchAs(lin.token, '有机奶粉');
    const clicked = hiking.items[0]!.id;
    const click = await h().app.inject({
      method: 'POST',
      url: '/api/store/search/events',
      headers: bearer(mei.token),
      payload: { queryId: hiking.queryId, kind: 'click', productId: clicked, position: 1 },
    });
    expect(click.statusCode, click.body).toBe(204);

    const exported = (await searchPersonalData.exportSubject(system(), {
      merchantId,
      customerId: mei.customerId,
    })) as unknown as Exported;
    expect(exported.searches.map((s) => s.query)).toEqual(['适合户外徒步的鞋子', '送给妈妈的轻薄羽绒服']);
    expect(exported.searches[0]!.followedBy).toMatchObject([{ kind: 'click', productId: clicked }]);

    await searchPersonalData.eraseSubject(system(), { merchantId, customerId: mei.customerId });
    expect(
      await searchPersonalData.exportSubject(system(), { merchantId, customerId: mei.customerId }),
    ).toBeUndefined();
    expect((await rowsOf()).map((r) => r.query)).toContain('有机奶粉');
    const events = await h()
      .database.db.select()
      .from(searchEvents)
      .where(eq(searchEvents.queryId, hiking.queryId));
    expect(events).toEqual([]);
  });

  it('drops queries past the behaviour retention period and keeps newer ones', async () => {
    const before = await rowsOf();
    expect(before.length).toBeGreaterThan(0);
    const oldest = before.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
    const policy = (cutoff: Date): RetentionPolicy => ({ now: new Date(), cutoff: () => cutoff });
    await searchPersonalData.purgeExpired!(system(), policy(oldest.createdAt));
    expect((await rowsOf()).length).toBe(before.length);
    await searchPersonalData.purgeExpired!(system(), policy(new Date(Date.now() + 60_000)));
    expect(await rowsOf()).toEqual([]);
  });
});

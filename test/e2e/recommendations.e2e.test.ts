import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { EVENT_TYPES } from '../../packages/server/src/modules/recommend/index.ts';
import { findChromium, launchChromium, newPhone } from './support/browser.ts';
import { startShop, type RunningShop } from './support/shop-server.ts';

const chromiumPath = findChromium();
// CI sets this: there a missing browser is a failure, never a silent skip.
if (!chromiumPath && process.env.HEXAMALL_REQUIRE_BROWSER === '1') {
  throw new Error('HEXAMALL_REQUIRE_BROWSER=1 but no chromium binary was found (see .ci/run)');
}
if (!chromiumPath) {
  console.warn(
    'SKIPPING the recommendation end-to-end tests: no chromium binary at $CHROMIUM_PATH, /usr/bin/chromium or ' +
      '/usr/bin/chromium-browser. Install it with `apt-get install -y chromium` (CI does, in .ci/run).',
  );
}

/** The slot's items, each with a non-empty reason under its card. */
async function expectSlotWithReasons(page: Page, surface: string) {
  const slot = page.locator(`[data-test=recs-${surface}]`);
  await slot.locator('[data-test=rec-item]').first().waitFor();
  const reasons = await slot.locator('[data-test=rec-why]').allInnerTexts();
  expect(reasons.length, `${surface} slot items`).toBeGreaterThan(0);
  for (const reason of reasons) expect(reason.trim(), `${surface} slot reason`).not.toBe('');
  return reasons;
}

describe.skipIf(!chromiumPath)('recommendation slots in a real browser (375x812)', () => {
  let shop: RunningShop;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [shop, browser] = await Promise.all([startShop(), launchChromium(chromiumPath!)]);
    phone = await newPhone(browser, shop.baseUrl);
    page = await phone.newPage();
    page.setDefaultTimeout(15_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('shows home, product and cart recommendations, each with its explanation, and reports browsing', async () => {
    await page.goto('/');
    await expectSlotWithReasons(page, 'home');
    await expect.poll(() => page.locator('[data-test=recs-home] h2').innerText()).toBe('为你推荐');

    await page.locator('[data-test=recs-home] [data-test=product-card]').first().click();
    await page.waitForURL('**/product/**');
    await page.locator('[data-test=add-to-cart]').waitFor();
    const similar = await expectSlotWithReasons(page, 'product');
    expect(
      similar.some((reason) => /相似|看过|一起买/.test(reason)),
      similar.join(' | '),
    ).toBe(true);
    await expectSlotWithReasons(page, 'cart');

    await page.locator('[data-test=add-to-cart]').click();
    const picker = page.locator('[data-test=sku-picker]');
    await picker.waitFor();
    const specs = await picker.locator('fieldset').count();
    for (let i = 0; i < specs; i += 1) {
      const option = picker.locator('fieldset').nth(i).locator('button:not(.is-sold-out)').first();
      if ((await option.getAttribute('aria-pressed')) !== 'true') await option.click();
    }
    await page.locator('[data-test=confirm-sku]').click();

    await page.goto('/cart');
    await page.locator('[data-test=cart-line]').first().waitFor();
    await expectSlotWithReasons(page, 'cart');

    // Leaving the page sends what was queued (by sendBeacon on page hide): the click, the view, the add
    // to cart reach the server's event table.
    await page.goto('/');
    const stored = async () => {
      // Both drivers answer an object with rows; drizzle types the union of their results loosely.
      const { rows } = (await shop.app.runtime.database.db.execute(
        sql`select distinct type from recommend_events order by type`,
      )) as unknown as { rows: { type: number }[] };
      return rows.map((r) => EVENT_TYPES[Number(r.type) - 1]);
    };
    await expect
      .poll(stored, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['view', 'click', 'add_to_cart']));
  });
});

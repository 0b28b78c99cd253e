import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { createCouponTemplate, type CouponTemplateInput } from '../modules/promotions/index.ts';
import { createTemplate } from '../modules/shipping/index.ts';
import { createMerchant, createStaff, resolveMerchant } from '../modules/staff/index.ts';
import { systemCtx, unwrap } from '../platform/index.ts';
import { importProducts } from '../workflows/import-products/index.ts';
import { readImportFile } from './import/read-rows.ts';

export const DEMO_PRODUCTS = fileURLToPath(new URL('./demo-shop/products.jsonl', import.meta.url));
export const DEMO_OWNER_EMAIL = 'owner@demo.hexamall.dev';

/** Free above ¥99; otherwise ¥8 for the first kilo and ¥3 per further kilo, more to remote provinces. */
const DEMO_SHIPPING_TEMPLATE = {
  name: '默认运费 Standard',
  currency: 'CNY' as const,
  basis: 'weight' as const,
  freeThreshold: 9900,
  isDefault: true,
  rules: [
    {
      regions: ['新疆', '西藏', '青海'],
      firstUnit: 1000,
      firstFee: 2000,
      additionalUnit: 1000,
      additionalFee: 1000,
    },
    { regions: ['*'], firstUnit: 1000, firstFee: 800, additionalUnit: 1000, additionalFee: 300 },
  ],
};

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** A code to type at checkout and a coupon to claim, so both coupon paths show on a fresh demo. */
function demoCoupons(now: Date): CouponTemplateInput[] {
  const validity = { startsAt: now.toISOString(), endsAt: new Date(now.getTime() + YEAR_MS).toISOString() };
  return [
    {
      name: '满99减10 ¥10 off ¥99',
      kind: 'fixed',
      amountOff: 1000,
      minSpend: 9900,
      currency: 'CNY',
      ...validity,
      totalQuantity: 10_000,
      perShopperLimit: 1,
      scope: 'all',
      distribution: 'code',
      code: 'WELCOME10',
    },
    {
      name: '新客立减5元 ¥5 off for new shoppers',
      kind: 'fixed',
      amountOff: 500,
      minSpend: 3000,
      currency: 'CNY',
      ...validity,
      totalQuantity: 5_000,
      perShopperLimit: 1,
      scope: 'all',
      distribution: 'claim',
    },
  ];
}

export interface SeededShop {
  merchantId: string;
  ownerEmail: string;
  ownerPassword: string;
  products: number;
}

/**
 * Creates the demo shop (merchant "demo", its owner, the demo catalogue with stock) when the database
 * has no merchant yet; does nothing otherwise, so it is safe on every start.
 */
export async function seedDemoShop(app: FastifyInstance): Promise<SeededShop | undefined> {
  const { db } = app.runtime.database;
  if (await resolveMerchant(db, undefined)) return undefined;
  const merchant = unwrap(
    await createMerchant(systemCtx(db, '', 'seed', app.runtime.privacy), {
      handle: 'demo',
      name: 'Hexamall 演示店',
      currency: 'CNY',
    }),
  );
  const ctx = systemCtx(db, merchant.id, 'seed', app.runtime.privacy);
  // A random password unless the operator chose one: a demo shop reachable on a network must not ship
  // with a well-known owner password.
  const ownerPassword = process.env.HEXAMALL_DEMO_PASSWORD || randomBytes(9).toString('base64url');
  unwrap(
    await createStaff(ctx, {
      email: DEMO_OWNER_EMAIL,
      displayName: '店主 Owner',
      role: 'owner',
      password: ownerPassword,
    }),
  );
  unwrap(await createTemplate(ctx, DEMO_SHIPPING_TEMPLATE));
  for (const coupon of demoCoupons(new Date())) unwrap(await createCouponTemplate(ctx, coupon));
  const report = await importProducts(ctx, readImportFile(DEMO_PRODUCTS));
  if (report.rejected.length > 0) {
    throw new Error(`demo catalogue rejected rows: ${JSON.stringify(report.rejected)}`);
  }
  return { merchantId: merchant.id, ownerEmail: DEMO_OWNER_EMAIL, ownerPassword, products: report.imported };
}

export async function runSeed(config: AppConfig): Promise<number> {
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  try {
    const seeded = await seedDemoShop(app);
    if (!seeded) console.log('the database already has a shop; nothing seeded');
    else
      console.log(
        `seeded the demo shop: ${seeded.products} products; console sign-in ${seeded.ownerEmail} / ${seeded.ownerPassword}`,
      );
    return 0;
  } finally {
    await app.close();
  }
}

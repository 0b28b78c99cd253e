import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { BrandView, StoreBrandView } from '../contracts/taxonomy.ts';
import { brands, type BrandRow } from '../schema.ts';
import { localizedName } from './localize.ts';
import { toBrandView } from './upsert-brand.ts';

async function brandRows(ctx: Ctx): Promise<BrandRow[]> {
  return ctx.db.select().from(brands).where(eq(brands.merchantId, ctx.merchantId)).orderBy(asc(brands.id));
}

export async function listBrands(ctx: Ctx): Promise<BrandView[]> {
  return (await brandRows(ctx)).map(toBrandView);
}

/** Brands in the reader's locale, alphabetically as that locale sorts. */
export async function listStoreBrands(ctx: Ctx): Promise<StoreBrandView[]> {
  const collator = new Intl.Collator(ctx.locale);
  return (await brandRows(ctx))
    .map((r) => ({ id: r.id, name: localizedName(r, ctx.locale), logoUrl: r.logoUrl }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

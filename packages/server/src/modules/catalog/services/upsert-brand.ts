import { and, eq } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { checkInput } from '../contracts/common.ts';
import { BrandInput, type BrandView } from '../contracts/taxonomy.ts';
import { brands, type BrandRow } from '../schema.ts';
import { nameColumns, nameFromColumns } from './localize.ts';

export function toBrandView(row: BrandRow): BrandView {
  return { id: row.id, name: nameFromColumns(row), logoUrl: row.logoUrl };
}

/** Creates a brand, or replaces one when `id` is given. */
export async function upsertBrand(ctx: Ctx, raw: BrandInput & { id?: string }): Promise<Result<BrandView>> {
  const { id, ...fields } = raw;
  const parsed = checkInput(BrandInput, fields);
  if (!parsed.ok) return parsed;
  const values = { ...nameColumns(parsed.value.name), logoUrl: parsed.value.logoUrl ?? null };
  if (!id) {
    const [row] = await ctx.db
      .insert(brands)
      .values({ id: newId('brand'), merchantId: ctx.merchantId, ...values })
      .returning();
    return ok(toBrandView(row!));
  }
  const [row] = await ctx.db
    .update(brands)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(brands.merchantId, ctx.merchantId), eq(brands.id, id)))
    .returning();
  return row ? ok(toBrandView(row)) : fail('BRAND_NOT_FOUND');
}

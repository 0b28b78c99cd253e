import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { Type, type Static } from 'typebox';
import {
  CurrencyCode,
  decodeCursor,
  fail,
  newId,
  ok,
  toPage,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { couponTemplates, COUPON_DISTRIBUTIONS, COUPON_KINDS, COUPON_SCOPES } from '../schema.ts';
import { toCouponTemplate, type CouponTemplateView } from '../views.ts';
import { normaliseCode } from './find-coupon.ts';

export const CouponTemplateInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    kind: Type.Enum(COUPON_KINDS),
    amountOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    percentOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
    maxDiscount: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    minSpend: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
    currency: CurrencyCode,
    startsAt: Type.String({ format: 'date-time', maxLength: 40 }),
    endsAt: Type.String({ format: 'date-time', maxLength: 40 }),
    totalQuantity: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    perShopperLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    scope: Type.Enum(COUPON_SCOPES),
    scopeIds: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200, uniqueItems: true }),
    ),
    distribution: Type.Enum(COUPON_DISTRIBUTIONS),
    code: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{4,32}$', maxLength: 32 })),
  },
  { additionalProperties: false },
);
export type CouponTemplateInput = Static<typeof CouponTemplateInput>;

/** Rules across fields that a schema cannot say; each refusal names the field. */
function termsProblem(input: CouponTemplateInput): string | undefined {
  if (input.kind === 'fixed' && (input.amountOff === undefined || input.percentOff !== undefined))
    return 'a fixed coupon takes amountOff and no percentOff';
  if (input.kind === 'percent' && (input.percentOff === undefined || input.amountOff !== undefined))
    return 'a percent coupon takes percentOff and no amountOff';
  if (input.kind === 'fixed' && input.maxDiscount !== undefined)
    return 'maxDiscount caps percent coupons only';
  if (Date.parse(input.endsAt) <= Date.parse(input.startsAt)) return 'endsAt must be after startsAt';
  if ((input.distribution === 'code') !== (input.code !== undefined))
    return 'a code coupon needs a code, a claim coupon has none';
  if ((input.scope === 'all') !== ((input.scopeIds ?? []).length === 0))
    return 'scopeIds lists the categories or products, and only for those scopes';
  if ((input.perShopperLimit ?? 1) > input.totalQuantity) return 'perShopperLimit exceeds totalQuantity';
  return undefined;
}

export async function createCouponTemplate(
  ctx: Ctx,
  input: CouponTemplateInput,
): Promise<Result<CouponTemplateView>> {
  const problem = termsProblem(input);
  if (problem) return fail('COUPON_TEMPLATE_INVALID', problem);
  const [row] = await ctx.db
    .insert(couponTemplates)
    .values({
      id: newId('cpt'),
      merchantId: ctx.merchantId,
      name: input.name,
      kind: input.kind,
      amountOff: input.amountOff ?? null,
      percentOff: input.percentOff ?? null,
      maxDiscount: input.maxDiscount ?? null,
      minSpend: input.minSpend ?? 0,
      currency: input.currency,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      totalQuantity: input.totalQuantity,
      remainingQuantity: input.totalQuantity,
      perShopperLimit: input.perShopperLimit ?? 1,
      scope: input.scope,
      scopeIds: input.scopeIds ?? [],
      distribution: input.distribution,
      code: input.code === undefined ? null : normaliseCode(input.code),
      status: 'active',
      createdBy: ctx.actor.kind === 'staff' ? ctx.actor.staffId : 'system',
    })
    .onConflictDoNothing()
    .returning();
  return row ? ok(toCouponTemplate(row)) : fail('COUPON_CODE_TAKEN');
}

export async function listCouponTemplates(
  ctx: Ctx,
  input: {
    status?: 'active' | 'disabled' | undefined;
    limit?: number | undefined;
    cursor?: string | undefined;
  },
): Promise<{ items: CouponTemplateView[]; nextCursor: string | null }> {
  const limit = input.limit ?? 20;
  const after = decodeCursor(input.cursor, ['id'] as const);
  const filters: (SQL | undefined)[] = [
    eq(couponTemplates.merchantId, ctx.merchantId),
    input.status ? eq(couponTemplates.status, input.status) : undefined,
    after ? lt(couponTemplates.id, after.id) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(couponTemplates)
    .where(and(...filters))
    .orderBy(desc(couponTemplates.id))
    .limit(limit + 1);
  const page = toPage(rows, limit, (row) => ({ id: row.id }));
  return { items: page.items.map(toCouponTemplate), nextCursor: page.nextCursor };
}

export async function getCouponTemplate(ctx: Ctx, id: string): Promise<Result<CouponTemplateView>> {
  const [row] = await ctx.db
    .select()
    .from(couponTemplates)
    .where(and(eq(couponTemplates.merchantId, ctx.merchantId), eq(couponTemplates.id, id)));
  return row ? ok(toCouponTemplate(row)) : fail('COUPON_NOT_FOUND');
}

/**
 * Stops new claims and redemptions; orders that already redeemed it keep their discount. Disabling twice
 * is the same as once.
 */
export async function disableCouponTemplate(ctx: Ctx, id: string): Promise<Result<CouponTemplateView>> {
  const [row] = await ctx.db
    .update(couponTemplates)
    .set({ status: 'disabled', updatedAt: new Date() })
    .where(and(eq(couponTemplates.merchantId, ctx.merchantId), eq(couponTemplates.id, id)))
    .returning();
  return row ? ok(toCouponTemplate(row)) : fail('COUPON_NOT_FOUND');
}

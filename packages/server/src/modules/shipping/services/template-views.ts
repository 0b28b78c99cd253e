import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import type { RateRuleInput, RateTemplateInput, RateTemplateView } from '../contracts.ts';
import { rateRules, rateTemplates, type RateTemplateRow } from '../schema.ts';

export async function loadRules(
  ctx: Ctx,
  templateIds: readonly string[],
): Promise<Map<string, RateRuleInput[]>> {
  const out = new Map<string, RateRuleInput[]>();
  if (templateIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(rateRules)
    .where(and(eq(rateRules.merchantId, ctx.merchantId), inArray(rateRules.templateId, [...templateIds])))
    .orderBy(asc(rateRules.templateId), asc(rateRules.position));
  for (const row of rows) {
    const list = out.get(row.templateId) ?? [];
    list.push({
      regions: row.regions,
      firstUnit: row.firstUnit,
      firstFee: row.firstFee,
      additionalUnit: row.additionalUnit,
      additionalFee: row.additionalFee,
    });
    out.set(row.templateId, list);
  }
  return out;
}

export function toTemplateView(row: RateTemplateRow, rules: RateRuleInput[]): RateTemplateView {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    basis: row.basis,
    rules,
    freeThreshold: row.freeThreshold,
    isDefault: row.isDefault,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Locks every template of the merchant: default changes and deletions must not interleave. */
export async function lockTemplates(tx: Ctx): Promise<RateTemplateRow[]> {
  return tx.db
    .select()
    .from(rateTemplates)
    .where(eq(rateTemplates.merchantId, tx.merchantId))
    .orderBy(asc(rateTemplates.id))
    .for('update');
}

export async function writeRules(
  tx: Ctx,
  templateId: string,
  rules: RateTemplateInput['rules'],
): Promise<void> {
  await tx.db
    .delete(rateRules)
    .where(and(eq(rateRules.merchantId, tx.merchantId), eq(rateRules.templateId, templateId)));
  await tx.db
    .insert(rateRules)
    .values(rules.map((rule, position) => ({ merchantId: tx.merchantId, templateId, position, ...rule })));
}

export async function clearDefault(tx: Ctx): Promise<void> {
  await tx.db
    .update(rateTemplates)
    .set({ isDefault: false })
    .where(and(eq(rateTemplates.merchantId, tx.merchantId), eq(rateTemplates.isDefault, true)));
}

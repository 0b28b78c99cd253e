import { and, asc, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import type { RateTemplateView } from '../contracts.ts';
import { rateTemplates } from '../schema.ts';
import { loadRules, toTemplateView } from './template-views.ts';

export async function listTemplates(ctx: Ctx): Promise<RateTemplateView[]> {
  const rows = await ctx.db
    .select()
    .from(rateTemplates)
    .where(eq(rateTemplates.merchantId, ctx.merchantId))
    .orderBy(asc(rateTemplates.id));
  const rules = await loadRules(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toTemplateView(r, rules.get(r.id) ?? []));
}

/** The named template, or the merchant's default when no id is given. */
export async function getTemplate(ctx: Ctx, templateId?: string): Promise<Result<RateTemplateView>> {
  const [row] = await ctx.db
    .select()
    .from(rateTemplates)
    .where(
      and(
        eq(rateTemplates.merchantId, ctx.merchantId),
        templateId ? eq(rateTemplates.id, templateId) : eq(rateTemplates.isDefault, true),
      ),
    );
  if (!row)
    return fail('SHIPPING_TEMPLATE_NOT_FOUND', templateId ? undefined : 'This shop has no default template');
  const rules = await loadRules(ctx, [row.id]);
  return ok(toTemplateView(row, rules.get(row.id) ?? []));
}

import { and, asc, eq, sql } from 'drizzle-orm';
import { fail, ok, preparedStatement, type Ctx, type Db, type Result } from '../../../platform/index.ts';
import type { RateTemplateView } from '../contracts.ts';
import { rateRules, rateTemplates } from '../schema.ts';
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

/** The named template, or the merchant's default when no id is given; one statement (checkout's hot path). */
export async function getTemplate(ctx: Ctx, templateId?: string): Promise<Result<RateTemplateView>> {
  const rows = templateId
    ? await selectTemplateById(ctx.db, { merchantId: ctx.merchantId, templateId })
    : await selectDefaultTemplate(ctx.db, { merchantId: ctx.merchantId });
  const row = rows[0]?.template;
  if (!row)
    return fail('SHIPPING_TEMPLATE_NOT_FOUND', templateId ? undefined : 'This shop has no default template');
  const rules = rows.flatMap(({ rule }) =>
    rule
      ? [
          {
            regions: rule.regions,
            firstUnit: rule.firstUnit,
            firstFee: rule.firstFee,
            additionalUnit: rule.additionalUnit,
            additionalFee: rule.additionalFee,
          },
        ]
      : [],
  );
  return ok(toTemplateView(row, rules));
}

// Every checkout quotes shipping: prepared once (see preparedStatement), the template with its rules.
function templateWithRules(db: Db, which: 'byId' | 'default') {
  const merchantId = sql.placeholder('merchantId');
  return db
    .select({ template: rateTemplates, rule: rateRules })
    .from(rateTemplates)
    .leftJoin(
      rateRules,
      and(eq(rateRules.templateId, rateTemplates.id), eq(rateRules.merchantId, merchantId)),
    )
    .where(
      and(
        eq(rateTemplates.merchantId, merchantId),
        which === 'byId'
          ? eq(rateTemplates.id, sql.placeholder('templateId'))
          : eq(rateTemplates.isDefault, true),
      ),
    )
    .orderBy(asc(rateRules.position));
}

const selectTemplateById = preparedStatement('shipping_template_by_id', (db) =>
  templateWithRules(db, 'byId'),
);
const selectDefaultTemplate = preparedStatement('shipping_template_default', (db) =>
  templateWithRules(db, 'default'),
);

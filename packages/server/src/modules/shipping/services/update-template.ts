import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { RateTemplateInput, type RateTemplateView } from '../contracts.ts';
import { rateTemplates } from '../schema.ts';
import { checkInput } from '../validate.ts';
import { checkRules } from './rates.ts';
import { clearDefault, lockTemplates, toTemplateView, writeRules } from './template-views.ts';

/**
 * Replaces a template whole. `isDefault: true` moves the default here; the default itself cannot be
 * un-defaulted (the merchant would be left without one), only replaced by making another the default.
 */
export async function updateTemplate(
  ctx: Ctx,
  templateId: string,
  raw: RateTemplateInput,
): Promise<Result<RateTemplateView>> {
  const parsed = checkInput(RateTemplateInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const rules = checkRules(input.rules);
  if (!rules.ok) return rules;
  return inTransaction(ctx, async (tx) => {
    const current = (await lockTemplates(tx)).find((t) => t.id === templateId);
    if (!current) return fail('SHIPPING_TEMPLATE_NOT_FOUND');
    if (current.isDefault && input.isDefault === false) {
      return fail('SHIPPING_TEMPLATE_IS_DEFAULT', 'Make another template the default instead');
    }
    const isDefault = current.isDefault || input.isDefault === true;
    if (isDefault && !current.isDefault) await clearDefault(tx);
    const [row] = await tx.db
      .update(rateTemplates)
      .set({
        name: input.name,
        currency: input.currency,
        basis: input.basis,
        freeThreshold: input.freeThreshold ?? null,
        isDefault,
        updatedAt: new Date(),
      })
      .where(and(eq(rateTemplates.merchantId, ctx.merchantId), eq(rateTemplates.id, templateId)))
      .returning();
    await writeRules(tx, templateId, input.rules);
    return ok(toTemplateView(row!, input.rules));
  });
}

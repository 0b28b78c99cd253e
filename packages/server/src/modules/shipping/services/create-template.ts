import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { RateTemplateInput, type RateTemplateView } from '../contracts.ts';
import { rateTemplates } from '../schema.ts';
import { checkInput } from '../validate.ts';
import { checkRules } from './rates.ts';
import { clearDefault, lockTemplates, toTemplateView, writeRules } from './template-views.ts';

/** A merchant's first template becomes the default whatever `isDefault` says: quotes need one. */
export async function createTemplate(ctx: Ctx, raw: RateTemplateInput): Promise<Result<RateTemplateView>> {
  const parsed = checkInput(RateTemplateInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const rules = checkRules(input.rules);
  if (!rules.ok) return rules;
  return inTransaction(ctx, async (tx) => {
    const existing = await lockTemplates(tx);
    const isDefault = existing.length === 0 || input.isDefault === true;
    if (isDefault) await clearDefault(tx);
    const [row] = await tx.db
      .insert(rateTemplates)
      .values({
        id: newId('tpl'),
        merchantId: ctx.merchantId,
        name: input.name,
        currency: input.currency,
        basis: input.basis,
        freeThreshold: input.freeThreshold ?? null,
        isDefault,
      })
      .returning();
    if (!row) return fail('INTERNAL');
    await writeRules(tx, row.id, input.rules);
    return ok(toTemplateView(row, input.rules));
  });
}

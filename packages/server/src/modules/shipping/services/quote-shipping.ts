import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { QuoteInput, type ShippingQuote } from '../contracts.ts';
import { checkInput } from '../validate.ts';
import { feeFor, ruleFor } from './rates.ts';
import { getTemplate } from './list-templates.ts';

/**
 * The shipping fee for these items to this province: by the named template or the merchant's default,
 * free when the subtotal reaches the template's threshold (but never to a province it does not serve).
 */
export async function quoteShipping(ctx: Ctx, raw: QuoteInput): Promise<Result<ShippingQuote>> {
  const parsed = checkInput(QuoteInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const template = await getTemplate(ctx, input.templateId);
  if (!template.ok) return template;
  const { id: templateId, currency, freeThreshold, basis, rules } = template.value;
  const rule = ruleFor(rules, input.province);
  if (!rule) return fail('SHIPPING_REGION_UNSUPPORTED', undefined, { province: input.province });
  if (freeThreshold !== null && input.subtotal >= freeThreshold)
    return ok({ amount: 0, currency, templateId });
  return ok({ amount: feeFor(basis, rule, input.items), currency, templateId });
}

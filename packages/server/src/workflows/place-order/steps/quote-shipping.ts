import { quoteShipping } from '../../../modules/shipping/index.ts';
import type { AddressSnapshot } from '../../../modules/orders/index.ts';
import { undoneByRollback, type Step } from '../../runner.ts';
import type { PricedLines } from './price-lines.ts';

export interface ShippingQuoteInput {
  priced: PricedLines;
  address: AddressSnapshot;
  templateId: string | undefined;
}

/** The shipping fee for these lines to this province, by the merchant's template. */
export const quoteShippingStep: Step<ShippingQuoteInput, { amount: number; templateId: string | null }> = {
  name: 'quote-shipping',
  async invoke(ctx, { priced, address, templateId }) {
    const quote = await quoteShipping(ctx, {
      ...(templateId ? { templateId } : {}),
      province: address.province,
      items: priced.lines.map((l) => ({ quantity: l.quantity, weightGrams: l.weightGrams })),
      subtotal: priced.subtotal,
    });
    if (!quote.ok) return quote;
    return { ok: true, value: { amount: quote.value.amount, templateId: quote.value.templateId ?? null } };
  },
  compensate: undoneByRollback,
};

import { and, eq } from 'drizzle-orm';
import { fail, inTransaction, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { rateTemplates } from '../schema.ts';
import { lockTemplates } from './template-views.ts';

/** The default goes only when it is the last template; otherwise quotes without a template would fail. */
export async function deleteTemplate(ctx: Ctx, templateId: string): Promise<Result<void>> {
  return inTransaction(ctx, async (tx) => {
    const all = await lockTemplates(tx);
    const current = all.find((t) => t.id === templateId);
    if (!current) return fail('SHIPPING_TEMPLATE_NOT_FOUND');
    if (current.isDefault && all.length > 1) return fail('SHIPPING_TEMPLATE_IS_DEFAULT');
    await tx.db
      .delete(rateTemplates)
      .where(and(eq(rateTemplates.merchantId, ctx.merchantId), eq(rateTemplates.id, templateId)));
    return ok(undefined);
  });
}

import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { unwrap, withMerchant } from '../../../platform/index.ts';
import { merchantCtx, weightTemplate } from '../test-support.ts';
import { createTemplate } from './create-template.ts';
import { deleteTemplate } from './delete-template.ts';
import { getTemplate, listTemplates } from './list-templates.ts';
import { quoteShipping } from './quote-shipping.ts';
import { updateTemplate } from './update-template.ts';

describeEachDatabase('shipping quotes and templates', (h) => {
  const ctx = () => merchantCtx(h().database.db);
  const parcel = (weightGrams: number, quantity = 1) => [{ quantity, weightGrams }];

  it('quotes by weight per region, rounding up to whole additional units', async () => {
    const c = ctx();
    const tpl = unwrap(await createTemplate(c, weightTemplate()));
    const quote = async (province: string, items: { quantity: number; weightGrams: number }[]) =>
      unwrap(await quoteShipping(c, { province, items, subtotal: 5_000 }));
    expect(await quote('浙江省', parcel(800))).toEqual({ amount: 800, currency: 'CNY', templateId: tpl.id });
    expect((await quote('上海', parcel(2_001))).amount).toBe(800 + 2 * 400);
    expect((await quote('新疆维吾尔自治区', parcel(1_600))).amount).toBe(2_000 + 2 * 1_000);
    expect((await quote('四川省', parcel(700, 3))).amount).toBe(1_000 + 2 * 500);
    expect((await quote('广东', [...parcel(500, 2), ...parcel(250, 2)])).amount).toBe(1_000 + 500);
  });

  it('quotes by count, and refuses a province no rule serves', async () => {
    const c = ctx();
    const tpl = unwrap(
      await createTemplate(c, {
        name: 'Per piece',
        currency: 'USD',
        basis: 'count',
        rules: [
          { regions: ['北京'], firstUnit: 1, firstFee: 500, additionalUnit: 1, additionalFee: 100 },
          { regions: ['广东', '海南'], firstUnit: 2, firstFee: 900, additionalUnit: 2, additionalFee: 300 },
        ],
      }),
    );
    const items = [
      { quantity: 2, weightGrams: 5_000 },
      { quantity: 3, weightGrams: 0 },
    ];
    expect(unwrap(await quoteShipping(c, { province: '北京市', items, subtotal: 0 }))).toEqual({
      amount: 500 + 4 * 100,
      currency: 'USD',
      templateId: tpl.id,
    });
    expect(unwrap(await quoteShipping(c, { province: '海南省', items, subtotal: 0 })).amount).toBe(
      900 + 2 * 300,
    );
    expect(await quoteShipping(c, { province: '西藏', items, subtotal: 0 })).toMatchObject({
      ok: false,
      code: 'SHIPPING_REGION_UNSUPPORTED',
    });
  });

  it('ships free from the threshold up, but never to an unserved province', async () => {
    const c = ctx();
    const rules = weightTemplate().rules.filter((r) => !r.regions.includes('*'));
    unwrap(await createTemplate(c, weightTemplate({ rules, freeThreshold: 9_900 })));
    const quote = (subtotal: number, province = '浙江') =>
      quoteShipping(c, { province, items: parcel(3_000), subtotal });
    expect(unwrap(await quote(9_899)).amount).toBe(800 + 2 * 400);
    expect(unwrap(await quote(9_900)).amount).toBe(0);
    expect(unwrap(await quote(50_000)).amount).toBe(0);
    expect(await quote(50_000, '西藏')).toMatchObject({ code: 'SHIPPING_REGION_UNSUPPORTED' });
  });

  it('uses the default template unless one is named, and keeps exactly one default', async () => {
    const c = ctx();
    expect(await quoteShipping(c, { province: '浙江', items: parcel(1), subtotal: 0 })).toMatchObject({
      code: 'SHIPPING_TEMPLATE_NOT_FOUND',
    });
    const first = unwrap(await createTemplate(c, weightTemplate({ isDefault: false })));
    expect(first.isDefault).toBe(true);
    const cheap = weightTemplate({
      name: 'Cheap',
      rules: [{ regions: ['*'], firstUnit: 1_000, firstFee: 1, additionalUnit: 1_000, additionalFee: 1 }],
    });
    const second = unwrap(await createTemplate(c, cheap));
    expect(second.isDefault).toBe(false);
    const q = (templateId?: string) =>
      quoteShipping(c, {
        ...(templateId ? { templateId } : {}),
        province: '四川',
        items: parcel(500),
        subtotal: 0,
      });
    expect(unwrap(await q()).templateId).toBe(first.id);
    expect(unwrap(await q(second.id))).toMatchObject({ amount: 1, templateId: second.id });
    expect(await deleteTemplate(c, first.id)).toMatchObject({ code: 'SHIPPING_TEMPLATE_IS_DEFAULT' });
    expect(await updateTemplate(c, first.id, weightTemplate({ isDefault: false }))).toMatchObject({
      code: 'SHIPPING_TEMPLATE_IS_DEFAULT',
    });
    unwrap(await updateTemplate(c, second.id, { ...cheap, isDefault: true }));
    expect(unwrap(await q()).templateId).toBe(second.id);
    expect(new Map((await listTemplates(c)).map((t) => [t.id, t.isDefault]))).toEqual(
      new Map([
        [first.id, false],
        [second.id, true],
      ]),
    );
    expect((await deleteTemplate(c, first.id)).ok).toBe(true);
    expect((await deleteTemplate(c, second.id)).ok).toBe(true);
    expect(await listTemplates(c)).toEqual([]);
  });

  it('replaces rules whole and refuses invalid ones', async () => {
    const c = ctx();
    const tpl = unwrap(await createTemplate(c, weightTemplate()));
    const rules = [
      { regions: ['*'], firstUnit: 500, firstFee: 600, additionalUnit: 500, additionalFee: 100 },
    ];
    const updated = unwrap(await updateTemplate(c, tpl.id, weightTemplate({ name: 'Flat', rules })));
    expect(updated).toMatchObject({ name: 'Flat', rules, isDefault: true });
    expect(unwrap(await getTemplate(c, tpl.id)).rules).toEqual(rules);
    const overlapping = weightTemplate({
      rules: [...rules, { ...rules[0]!, regions: ['浙江'] }, { ...rules[0]!, regions: ['浙江省'] }],
    });
    expect(await updateTemplate(c, tpl.id, overlapping)).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(await createTemplate(c, overlapping)).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(await createTemplate(c, { ...weightTemplate(), extra: 1 } as never)).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(
      await createTemplate(c, weightTemplate({ rules: [{ ...rules[0]!, additionalUnit: 0 }] })),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await listTemplates(c)).length).toBe(1);
  });

  it("never quotes with or changes another merchant's template", async () => {
    const mine = ctx();
    const tpl = unwrap(await createTemplate(mine, weightTemplate()));
    const other = withMerchant(mine, `${mine.merchantId}x`);
    const input = { templateId: tpl.id, province: '浙江', items: parcel(1), subtotal: 0 };
    expect(await quoteShipping(other, input)).toMatchObject({ code: 'SHIPPING_TEMPLATE_NOT_FOUND' });
    expect(await getTemplate(other, tpl.id)).toMatchObject({ code: 'SHIPPING_TEMPLATE_NOT_FOUND' });
    expect(await updateTemplate(other, tpl.id, weightTemplate())).toMatchObject({
      code: 'SHIPPING_TEMPLATE_NOT_FOUND',
    });
    expect(await deleteTemplate(other, tpl.id)).toMatchObject({ code: 'SHIPPING_TEMPLATE_NOT_FOUND' });
    expect(await listTemplates(other)).toEqual([]);
    // The other merchant's first template is its own default, leaving ours alone.
    expect(unwrap(await createTemplate(other, weightTemplate())).isDefault).toBe(true);
    expect(unwrap(await getTemplate(mine)).id).toBe(tpl.id);
  });
});

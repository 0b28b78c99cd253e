import { describe, expect, it } from 'vitest';
import { checkRules, feeFor, provinceKey, ruleFor } from './rates.ts';

const rule = (
  regions: string[],
  firstUnit = 1_000,
  firstFee = 1_000,
  additionalUnit = 500,
  additionalFee = 300,
) => ({
  regions,
  firstUnit,
  firstFee,
  additionalUnit,
  additionalFee,
});

describe('shipping rates', () => {
  it('matches province names with or without their administrative suffix', () => {
    expect(provinceKey('广东省')).toBe(provinceKey('广东'));
    expect(provinceKey(' 北京市 ')).toBe('北京');
    expect(provinceKey('广西壮族自治区')).toBe('广西');
    expect(provinceKey('新疆维吾尔自治区')).toBe('新疆');
    expect(provinceKey('内蒙古自治区')).toBe('内蒙古');
    expect(provinceKey('香港特别行政区')).toBe('香港');
    expect(provinceKey('Zhejiang Province')).toBe(provinceKey('zhejiang'));
    expect(provinceKey('市')).toBe('市');
    expect(provinceKey('浙江')).not.toBe(provinceKey('江苏'));
  });

  it('picks the rule naming the province, else the * rule, else none', () => {
    const rules = [rule(['*'], 1, 2_000), rule(['浙江', '上海'], 1, 800), rule(['新疆'], 1, 3_000)];
    expect(ruleFor(rules, '浙江省')?.firstFee).toBe(800);
    expect(ruleFor(rules, '上海市')?.firstFee).toBe(800);
    expect(ruleFor(rules, '新疆维吾尔自治区')?.firstFee).toBe(3_000);
    expect(ruleFor(rules, '四川')?.firstFee).toBe(2_000);
    expect(ruleFor(rules.slice(1), '四川')).toBeUndefined();
  });

  it('charges the first unit, then each started additional unit', () => {
    const r = rule(['*'], 1_000, 1_000, 500, 300);
    const one = (weightGrams: number, quantity = 1) => feeFor('weight', r, [{ quantity, weightGrams }]);
    expect(one(0)).toBe(1_000);
    expect(one(1_000)).toBe(1_000);
    expect(one(1_001)).toBe(1_300);
    expect(one(1_500)).toBe(1_300);
    expect(one(1_501)).toBe(1_600);
    expect(one(400, 5)).toBe(1_600); // 2,000 g
    expect(
      feeFor('weight', r, [
        { quantity: 2, weightGrams: 600 },
        { quantity: 1, weightGrams: 301 },
      ]),
    ).toBe(1_600);
    const perPiece = rule(['*'], 2, 1_000, 1, 500);
    expect(feeFor('count', perPiece, [{ quantity: 2, weightGrams: 9_000 }])).toBe(1_000);
    expect(
      feeFor('count', perPiece, [
        { quantity: 2, weightGrams: 1 },
        { quantity: 3, weightGrams: 1 },
      ]),
    ).toBe(2_500);
    expect(feeFor('count', perPiece, [])).toBe(0);
  });

  it('refuses overlapping or ambiguous rules', () => {
    expect(checkRules([rule(['浙江']), rule(['江苏']), rule(['*'])]).ok).toBe(true);
    expect(checkRules([rule(['浙江省']), rule(['浙江'])])).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(checkRules([rule(['浙江', '浙江'])])).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(checkRules([rule(['*']), rule(['*'])])).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
    expect(checkRules([rule(['*', '浙江'])])).toMatchObject({ code: 'SHIPPING_RULES_INVALID' });
  });
});

import { fail, ok, type Result } from '../../../platform/index.ts';
import type { RateRuleInput } from '../contracts.ts';
import type { RateBasis } from '../schema.ts';

export const EVERYWHERE_ELSE = '*';

// Longest first, so 广西壮族自治区 loses 壮族自治区 rather than just 自治区.
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

/**
 * Addresses say 广东省, 广东 or Guangdong Province for one place; rules and addresses meet on this key.
 */
export function provinceKey(name: string): string {
  let key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  key = key.replace(/ (province|municipality|sar|autonomous region)$/, '');
  for (const suffix of SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  }
  return key;
}

/** A province belongs to at most one rule, and '*' stands alone in at most one rule. */
export function checkRules(rules: readonly RateRuleInput[]): Result<void> {
  const seen = new Map<string, number>();
  let everywhereElse = 0;
  for (const [index, rule] of rules.entries()) {
    if (rule.regions.includes(EVERYWHERE_ELSE)) {
      everywhereElse += 1;
      if (rule.regions.length > 1) {
        return fail('SHIPPING_RULES_INVALID', `Rule ${index + 1} mixes '*' with named provinces`);
      }
      continue;
    }
    for (const region of rule.regions) {
      const key = provinceKey(region);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        return fail('SHIPPING_RULES_INVALID', `${region} is in rules ${earlier + 1} and ${index + 1}`);
      }
      seen.set(key, index);
    }
  }
  if (everywhereElse > 1) return fail('SHIPPING_RULES_INVALID', "Only one rule may be '*'");
  return ok(undefined);
}

export function ruleFor<R extends RateRuleInput>(rules: readonly R[], province: string): R | undefined {
  const key = provinceKey(province);
  return (
    rules.find((r) =>
      r.regions.some((region) => region !== EVERYWHERE_ELSE && provinceKey(region) === key),
    ) ?? rules.find((r) => r.regions.includes(EVERYWHERE_ELSE))
  );
}

/**
 * First unit at the first fee, then each started additional unit at the additional fee: 1,001 g with a
 * 1,000 g first unit and 500 g steps pays one step.
 */
export function feeFor(
  basis: RateBasis,
  rule: RateRuleInput,
  items: readonly { quantity: number; weightGrams: number }[],
): number {
  if (items.every((i) => i.quantity <= 0)) return 0;
  const total = items.reduce((sum, i) => sum + i.quantity * (basis === 'weight' ? i.weightGrams : 1), 0);
  const extra = Math.max(0, total - rule.firstUnit);
  return rule.firstFee + Math.ceil(extra / rule.additionalUnit) * rule.additionalFee;
}

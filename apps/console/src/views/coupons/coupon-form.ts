import { yuanToFen } from '../products/money.ts';
import type { CouponTemplateInput } from './types.ts';

/** The create form as typed: money in yuan, the window as two dates, scope ids one per line. */
export interface CouponForm {
  name: string;
  kind: 'fixed' | 'percent';
  amountOffYuan: string;
  percentOff: number;
  maxDiscountYuan: string;
  minSpendYuan: string;
  window: [Date, Date] | null;
  totalQuantity: number;
  perShopperLimit: number;
  scope: 'all' | 'categories' | 'products';
  scopeIdsText: string;
  distribution: 'code' | 'claim';
  code: string;
}

export function emptyCouponForm(now = new Date()): CouponForm {
  return {
    name: '',
    kind: 'fixed',
    amountOffYuan: '',
    percentOff: 10,
    maxDiscountYuan: '',
    minSpendYuan: '0',
    window: [now, new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000)],
    totalQuantity: 100,
    perShopperLimit: 1,
    scope: 'all',
    scopeIdsText: '',
    distribution: 'code',
    code: '',
  };
}

/**
 * The API body for the form, or the name of the first field that is wrong (a key under `form.` in the
 * page's messages). Amounts become integer fen; the server checks the rules across fields again.
 */
export function couponPayload(
  form: CouponForm,
): { ok: true; body: CouponTemplateInput } | { ok: false; field: string } {
  if (!form.name.trim()) return { ok: false, field: 'name' };
  const minSpend = yuanToFen(form.minSpendYuan || '0');
  if (minSpend === undefined) return { ok: false, field: 'minSpend' };
  if (!form.window) return { ok: false, field: 'window' };
  const scopeIds = form.scopeIdsText
    .split(/[\s,，]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (form.scope !== 'all' && scopeIds.length === 0) return { ok: false, field: 'scopeIds' };
  if (form.distribution === 'code' && !/^[A-Za-z0-9_-]{4,32}$/.test(form.code.trim())) {
    return { ok: false, field: 'code' };
  }
  const body: CouponTemplateInput = {
    name: form.name.trim(),
    kind: form.kind,
    minSpend,
    currency: 'CNY',
    startsAt: form.window[0].toISOString(),
    endsAt: form.window[1].toISOString(),
    totalQuantity: form.totalQuantity,
    perShopperLimit: form.perShopperLimit,
    scope: form.scope,
    distribution: form.distribution,
    ...(form.scope === 'all' ? {} : { scopeIds: [...new Set(scopeIds)] }),
    ...(form.distribution === 'code' ? { code: form.code.trim() } : {}),
  };
  if (form.kind === 'fixed') {
    const amountOff = yuanToFen(form.amountOffYuan);
    if (!amountOff) return { ok: false, field: 'amountOff' };
    body.amountOff = amountOff;
  } else {
    if (!Number.isInteger(form.percentOff) || form.percentOff < 1 || form.percentOff > 99) {
      return { ok: false, field: 'percentOff' };
    }
    body.percentOff = form.percentOff;
    if (form.maxDiscountYuan.trim()) {
      const cap = yuanToFen(form.maxDiscountYuan);
      if (!cap) return { ok: false, field: 'maxDiscount' };
      body.maxDiscount = cap;
    }
  }
  return { ok: true, body };
}

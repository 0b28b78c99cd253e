// The coupon texts of checkout, kept beside it (vue-i18n local messages); the app's locale applies.
const zhCN = {
  title: '优惠券',
  none: '不使用优惠券',
  noCoupons: '暂无可用优惠券',
  available: '{n} 张可用',
  discount: '优惠',
  code: '优惠码',
  codePlaceholder: '输入优惠码',
  apply: '使用',
  remove: '移除',
  mine: '我的优惠券',
  amountOff: '减 {amount}',
  percentOff: '{zhe} 折',
  minSpend: '满 {amount} 可用',
  noThreshold: '无门槛',
  cap: '最多减 {amount}',
  validUntil: '有效期至 {date}',
  saves: '可省 {amount}',
  claimTitle: '领券',
  claim: '领取',
  claimed: '已领取，结算时可用',
  why: {
    COUPON_THRESHOLD_NOT_MET: '还差 {amount} 可用',
    COUPON_NOT_APPLICABLE: '购物车中没有适用商品',
    COUPON_EXPIRED: '已过期',
    COUPON_NOT_STARTED: '未到使用时间',
    COUPON_EXHAUSTED: '已被抢光',
    COUPON_LIMIT_REACHED: '已达使用次数上限',
    COUPON_NOT_FOUND: '优惠券不存在或已失效',
    other: '暂不可用',
  },
};

const en: typeof zhCN = {
  title: 'Coupons',
  none: 'No coupon',
  noCoupons: 'No coupons to use',
  available: '{n} available',
  discount: 'Discount',
  code: 'Coupon code',
  codePlaceholder: 'Enter a code',
  apply: 'Apply',
  remove: 'Remove',
  mine: 'My coupons',
  amountOff: '{amount} off',
  percentOff: '{percent}% off',
  minSpend: 'On orders of {amount} or more',
  noThreshold: 'No minimum spend',
  cap: 'Up to {amount} off',
  validUntil: 'Valid until {date}',
  saves: 'Saves {amount}',
  claimTitle: 'Coupons',
  claim: 'Claim',
  claimed: 'Claimed: choose it at checkout',
  why: {
    COUPON_THRESHOLD_NOT_MET: 'Spend {amount} more to use it',
    COUPON_NOT_APPLICABLE: 'Nothing in your cart qualifies',
    COUPON_EXPIRED: 'Expired',
    COUPON_NOT_STARTED: 'Not valid yet',
    COUPON_EXHAUSTED: 'All used up',
    COUPON_LIMIT_REACHED: 'You have used it as often as allowed',
    COUPON_NOT_FOUND: 'No such coupon, or it can no longer be used',
    other: 'Not usable now',
  },
};

export const COUPON_MESSAGES = { 'zh-CN': { coupons: zhCN }, en: { coupons: en } };

/** The reason a coupon cannot be used, in the shopper's words; codes from docs/errors.md. */
export function couponReasonKey(code: string | null | undefined): string {
  return code && code in zhCN.why ? `coupons.why.${code}` : 'coupons.why.other';
}

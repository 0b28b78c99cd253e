import type { Answer } from '../../api/types.ts';

export type MyCoupon = Answer<'/api/store/coupons/mine', 'get'>['items'][number];
export type CouponTerms = MyCoupon['coupon'];
export type CouponQuote = Answer<'/api/store/coupons/quote', 'post'>;

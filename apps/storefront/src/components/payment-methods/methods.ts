export type CheckoutPaymentMethod = 'wechat_qr' | 'alipay_redirect' | 'card' | 'instalments';
export type InstalmentCount = 3 | 6 | 12;

/** The sandbox gateway's methods a phone shopper chooses from (wallet is for in-app payments). */
export const PAYMENT_METHODS: { method: CheckoutPaymentMethod; icon: string }[] = [
  { method: 'wechat_qr', icon: 'wechat-pay' },
  { method: 'alipay_redirect', icon: 'alipay' },
  { method: 'card', icon: 'credit-pay' },
  { method: 'instalments', icon: 'balance-list-o' },
];

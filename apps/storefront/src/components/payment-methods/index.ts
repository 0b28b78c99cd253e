export { default as PaymentMethods } from './PaymentMethods.vue';
export { PAYMENT_METHODS, type CheckoutPaymentMethod, type InstalmentCount } from './methods.ts';

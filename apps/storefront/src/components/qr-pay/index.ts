export { default as QrPay } from './QrPay.vue';

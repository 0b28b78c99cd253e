export { default as CouponPicker } from './CouponPicker.vue';

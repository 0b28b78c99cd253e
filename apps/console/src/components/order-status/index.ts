export { default as OrderStatus } from './OrderStatus.vue';

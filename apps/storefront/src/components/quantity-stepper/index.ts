export { default as QuantityStepper } from './QuantityStepper.vue';

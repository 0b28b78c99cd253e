export { default as SkuPicker } from './SkuPicker.vue';
export type { SkuPickerSku } from './SkuPicker.vue';
export { matchSku, missingSpec, specGroups } from './spec-options.ts';

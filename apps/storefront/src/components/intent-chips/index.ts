export { default as IntentChips } from './IntentChips.vue';
export type { IntentChip } from './IntentChips.vue';

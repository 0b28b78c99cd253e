export { default as RatingSummary } from './RatingSummary.vue';
export type { RatingSummaryValue } from './RatingSummary.vue';

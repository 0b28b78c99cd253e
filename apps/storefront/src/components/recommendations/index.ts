export { default as RecommendationSlot } from './RecommendationSlot.vue';
export type { RecommendationSurface } from './RecommendationSlot.vue';

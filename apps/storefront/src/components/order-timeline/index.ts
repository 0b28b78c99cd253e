export { default as OrderTimeline } from './OrderTimeline.vue';
export type { TimelineTransition } from './OrderTimeline.vue';

export { default as FilterSheet } from './FilterSheet.vue';
export type { FilterGroup, FilterOption, FilterValue } from './FilterSheet.vue';

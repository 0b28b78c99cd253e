export { default as ProductCard } from './ProductCard.vue';
export type { ProductCardItem } from './ProductCard.vue';

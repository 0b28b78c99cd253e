declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    /** A shopper reviewed a SKU; search and recommendations may use the rating. */
    'review.created': { reviewId: string; productId: string; skuId: string; rating: number };
    /** A review was hidden or restored: the product's rating summary changed. */
    'review.visibility_changed': { reviewId: string; productId: string; visible: boolean };
  }
}

export {};

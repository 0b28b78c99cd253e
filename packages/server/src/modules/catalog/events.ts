/** The catalog's domain events, emitted in the transaction of the change (search indexing subscribes). */
declare module '../../platform/events/index.ts' {
  interface DomainEventMap {
    'product.created': { productId: string };
    'product.updated': { productId: string };
    'product.archived': { productId: string };
    'product.deleted': { productId: string };
  }
}

export {};

/**
 * The typed catalogue of domain events. Each module adds its own events by declaration merging:
 *
 *   declare module '../../platform/events/index.ts' {
 *     interface DomainEventMap { 'product.updated': { productId: string } }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventMap {}

export type DomainEventType = keyof DomainEventMap & string;

export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  id: string;
  merchantId: string;
  type: T;
  payload: DomainEventMap[T];
  requestId: string | null;
  createdAt: Date;
}

export type { DomainEvent, DomainEventMap, DomainEventType } from './event-map.ts';
export { emit } from './emit.ts';
export { OutboxDispatcher, type Subscriber } from './dispatcher.ts';

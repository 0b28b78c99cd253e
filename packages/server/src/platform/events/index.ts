export type { DomainEvent, DomainEventMap, DomainEventType } from './event-map.ts';
export { emit, eventValues, outboxEventCte } from './emit.ts';
export { OutboxDispatcher, type AfterCommit, type Subscriber } from './dispatcher.ts';

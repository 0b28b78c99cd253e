import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

/**
 * Fan-out of small messages to every server process of a deployment. Without Redis there is one
 * process, and an in-process emitter is the whole story.
 */
export interface Broadcaster {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, handler: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

export class InProcessBroadcaster implements Broadcaster {
  private readonly emitter = new EventEmitter();

  async publish(channel: string, message: string): Promise<void> {
    this.emitter.emit(channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void): Promise<void> {
    this.emitter.on(channel, handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/** Redis pub/sub: a subscribed connection can do nothing else, hence the second connection. */
export class RedisBroadcaster implements Broadcaster {
  private readonly handlers = new Map<string, ((message: string) => void)[]>();
  private readonly subscriber: Redis;

  constructor(private readonly publisher: Redis) {
    this.subscriber = publisher.duplicate();
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.publisher.publish(channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void): Promise<void> {
    const list = this.handlers.get(channel) ?? [];
    list.push(handler);
    this.handlers.set(channel, list);
    if (list.length === 1) await this.subscriber.subscribe(channel);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
  }
}

import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors/index.ts';
import type { Runtime } from '../module.ts';

/**
 * Password sign-in throttling (docs/decisions/0008-authentication.md). Every attempt counts as a failure
 * the moment it is admitted and is taken back only when it succeeds, so parallel guesses cannot slip in
 * between a check and a count. Keys name the account by a hash of merchant + email whether or not the
 * account exists, so a throttled answer reveals nothing about which accounts are registered.
 */
export interface SignInLimits {
  /** Failed attempts on one account (merchant + email) within the window before further ones are refused. */
  perAccount: number;
  /**
   * Failed attempts from one network address within the window. Higher than per account: mobile
   * carriers put many shoppers behind one address.
   */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, windowMs: 15 * 60_000 };

/** Counters that expire a fixed window after their first hit; shared by every process when in Redis. */
export interface FailureCounter {
  /** Adds one; answers the count so far in the current window and the milliseconds left in it. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /** Takes one back (an attempt that turned out to succeed). */
  undo(key: string): Promise<void>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryFailureCounter implements FailureCounter {
  // Bounded, so a flood of made-up emails cannot grow memory without limit; evicting the oldest keys
  // forgets only windows that are likely over anyway.
  private readonly windows = new LRUCache<string, { count: number; resetAt: number }>({ max: 100_000 });
  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number) {
    const t = this.now();
    const current = this.windows.get(key);
    const window = current && current.resetAt > t ? current : { count: 0, resetAt: t + windowMs };
    window.count += 1;
    this.windows.set(key, window);
    return { count: window.count, resetInMs: window.resetAt - t };
  }
  async undo(key: string) {
    const current = this.windows.get(key);
    if (current && current.count > 0) current.count -= 1;
  }
  async clear(key: string) {
    this.windows.delete(key);
  }
  async close() {}
}

export class RedisFailureCounter implements FailureCounter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number) {
    // SET NX PX starts the window with its expiry in one step; INCR keeps the expiry.
    const replies = await this.redis.multi().set(key, 0, 'PX', windowMs, 'NX').incr(key).pttl(key).exec();
    const count = Number(replies?.[1]?.[1] ?? 0);
    const pttl = Number(replies?.[2]?.[1] ?? -1);
    return { count, resetInMs: pttl > 0 ? pttl : windowMs };
  }
  async undo(key: string) {
    // Only where the window still exists: DECR on a missing key would create one without an expiry.
    await this.redis.eval(
      "if redis.call('exists', KEYS[1]) == 1 then redis.call('decr', KEYS[1]) end",
      1,
      key,
    );
  }
  async clear(key: string) {
    await this.redis.del(key);
  }
  async close() {
    this.redis.disconnect();
  }
}

export interface SignInAttemptKey {
  /** Which sign-in: shoppers and staff of one merchant are separate accounts. */
  scope: 'store' | 'admin';
  /** The merchant id or handle the attempt addresses. */
  merchant: string;
  email: string;
  address: string;
}

export class SignInThrottle {
  constructor(
    private readonly counter: FailureCounter,
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    private readonly log?: FastifyBaseLogger,
  ) {}

  /**
   * Admits an attempt or throws SIGN_IN_THROTTLED (429, with Retry-After on the reply). Settle the
   * returned attempt with the outcome: only a success is taken back.
   */
  async admit(key: SignInAttemptKey, reply: FastifyReply): Promise<SignInAttempt> {
    const account = `hexamall-signin:acct:${digest(`${key.scope}\n${key.merchant}\n${key.email.trim().toLowerCase()}`)}`;
    const address = `hexamall-signin:addr:${digest(`${key.scope}\n${networkOf(key.address)}`)}`;
    try {
      const [a, n] = await Promise.all([
        this.counter.hit(account, this.limits.windowMs),
        this.counter.hit(address, this.limits.windowMs),
      ]);
      const waits = [
        ...(a.count > this.limits.perAccount ? [a.resetInMs] : []),
        ...(n.count > this.limits.perAddress ? [n.resetInMs] : []),
      ];
      if (waits.length > 0) {
        const retryAfter = Math.max(1, Math.ceil(Math.max(...waits) / 1000));
        reply.header('retry-after', String(retryAfter));
        throw new AppError('SIGN_IN_THROTTLED', undefined, { retryAfter });
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // The counter store is down: sign-in stays available (argon2 and the global rate limit still slow
      // guessing) rather than locking every account out.
      this.log?.warn({ err: error }, 'sign-in throttle unavailable; admitting the attempt');
      return { settle: async () => {} };
    }
    return {
      settle: async (succeeded: boolean) => {
        if (!succeeded) return;
        await Promise.all([this.counter.clear(account), this.counter.undo(address)]).catch((error: unknown) =>
          this.log?.warn({ err: error }, 'sign-in throttle unavailable; success not recorded'),
        );
      },
    };
  }

  close(): Promise<void> {
    return this.counter.close();
  }
}

export interface SignInAttempt {
  settle(succeeded: boolean): Promise<void>;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** An IPv6 client controls at least a /64, so its addresses count together. */
export function networkOf(address: string): string {
  if (!isIPv6(address) || address.includes('.')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

const throttles = new WeakMap<Runtime, SignInThrottle>();

/**
 * The app's one throttle: in Redis when REDIS_URL is set (so every process shares the counts), in
 * process otherwise. Created by the first route plugin that asks and closed with the app.
 */
export function signInThrottleOf(app: FastifyInstance, runtime: Runtime): SignInThrottle {
  let throttle = throttles.get(runtime);
  if (!throttle) {
    const counter = runtime.config.redisUrl
      ? new RedisFailureCounter(new Redis(runtime.config.redisUrl, { maxRetriesPerRequest: 1 }))
      : new MemoryFailureCounter();
    const created = new SignInThrottle(counter, DEFAULT_SIGN_IN_LIMITS, runtime.log);
    throttles.set(runtime, created);
    app.addHook('onClose', () => created.close());
    throttle = created;
  }
  return throttle;
}

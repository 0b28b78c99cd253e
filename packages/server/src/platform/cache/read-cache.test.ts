import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessBroadcaster, RedisBroadcaster, type Broadcaster } from './broadcaster.ts';
import { ReadCache } from './read-cache.ts';

const redisUrl = process.env.TEST_REDIS_URL;
const variants: { label: string; make: () => [Broadcaster, Broadcaster] }[] = [
  {
    label: 'in-process',
    make: () => {
      const shared = new InProcessBroadcaster();
      return [shared, shared];
    },
  },
];
const connections: Redis[] = [];
if (redisUrl) {
  variants.push({
    label: 'redis',
    make: () => {
      const a = new Redis(redisUrl);
      const b = new Redis(redisUrl);
      connections.push(a, b);
      return [new RedisBroadcaster(a), new RedisBroadcaster(b)];
    },
  });
}
afterAll(() => connections.forEach((c) => c.disconnect()));

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

for (const variant of variants) {
  describe(`ReadCache [${variant.label}]`, () => {
    it('serves hits without loading and shares one load between concurrent misses', async () => {
      const [bus] = variant.make();
      const cache = new ReadCache<{ n: number }>(`t1-${Math.random()}`, { max: 10, ttlMs: 60_000 }, bus);
      await cache.start();
      let loads = 0;
      const load = async () => ({ n: ++loads });
      const [a, b] = await Promise.all([cache.get('k', ['tag'], load), cache.get('k', ['tag'], load)]);
      expect(a).toEqual({ n: 1 });
      expect(b).toBe(a);
      expect(await cache.get('k', ['tag'], load)).toEqual({ n: 1 });
      expect(loads).toBe(1);
    });

    it('drops tagged entries in every process when one invalidates', async () => {
      const [busA, busB] = variant.make();
      const name = `t2-${Math.random()}`;
      const processA = new ReadCache<{ v: string }>(name, { max: 10, ttlMs: 60_000 }, busA);
      const processB = new ReadCache<{ v: string }>(name, { max: 10, ttlMs: 60_000 }, busB);
      await processA.start();
      await processB.start();
      await processA.get('p1', ['product:1'], async () => ({ v: 'old' }));
      await processB.get('p1', ['product:1'], async () => ({ v: 'old' }));
      await processB.get('p2', ['product:2'], async () => ({ v: 'other' }));
      await processA.invalidate(['product:1']);
      await until(() => processB.size === 1);
      expect(await processB.get('p1', ['product:1'], async () => ({ v: 'new' }))).toEqual({ v: 'new' });
      expect(await processB.get('p2', ['product:2'], async () => ({ v: 'reloaded' }))).toEqual({
        v: 'other',
      });
      expect(await processA.get('p1', ['product:1'], async () => ({ v: 'new' }))).toEqual({ v: 'new' });
    });

    it('does not keep a value loaded while an invalidation arrived', async () => {
      const [bus] = variant.make();
      const cache = new ReadCache<{ v: string }>(`t3-${Math.random()}`, { max: 10, ttlMs: 60_000 }, bus);
      await cache.start();
      let release: () => void = () => undefined;
      const slow = cache.get('k', ['t'], () => new Promise((r) => (release = () => r({ v: 'stale' }))));
      await cache.invalidate(['t']);
      release();
      expect(await slow).toEqual({ v: 'stale' });
      expect(await cache.get('k', ['t'], async () => ({ v: 'fresh' }))).toEqual({ v: 'fresh' });
    });
  });
}

import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { InProcessVersions, RedisVersions, type SharedVersions } from '../platform/index.ts';

/**
 * Two server processes' views of the shared versions: one map in memory, and, with TEST_REDIS_URL, two Redis
 * connections. For tests of the caches built on them (decision 0015); closes its connections after the file.
 */
export function sharedVersionVariants(): { label: string; make: () => [SharedVersions, SharedVersions] }[] {
  const variants: { label: string; make: () => [SharedVersions, SharedVersions] }[] = [
    {
      label: 'in-process',
      make: () => {
        const shared = new InProcessVersions();
        return [shared, shared];
      },
    },
  ];
  const redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) return variants;
  const connections: Redis[] = [];
  afterAll(() => connections.forEach((c) => c.disconnect()));
  variants.push({
    label: 'redis',
    make: () => {
      const a = new Redis(redisUrl);
      const b = new Redis(redisUrl);
      connections.push(a, b);
      return [new RedisVersions(a), new RedisVersions(b)];
    },
  });
  return variants;
}

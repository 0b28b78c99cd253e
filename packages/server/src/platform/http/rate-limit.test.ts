import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { connectDatabase, type Database } from '../index.ts';
import { json, openApp } from '../../testing/harness.ts';

// Rate limits must hold across every server process of a deployment: with REDIS_URL the counters live
// in Redis, so two apps (two processes in production) share one budget per client.
const targets: { label: string; redisUrl: string | undefined }[] = [
  { label: 'in-process', redisUrl: undefined },
];
if (process.env.TEST_REDIS_URL) targets.push({ label: 'redis', redisUrl: process.env.TEST_REDIS_URL });

for (const target of targets) {
  describe(`rate limiting [${target.label}]`, () => {
    let database: Database;
    const apps: FastifyInstance[] = [];

    beforeAll(async () => {
      database = await connectDatabase({});
      const config = {
        redisUrl: target.redisUrl,
        rateLimit: { max: 6, timeWindowMs: 60_000 },
      };
      apps.push(await openApp(database, config));
      if (target.redisUrl) apps.push(await openApp(database, config));
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      await database.close();
    });

    it('answers 429 problem+json once a client spends its budget, on whichever process it reaches', async () => {
      // A per-run address so counters left in a shared Redis by earlier runs cannot interfere.
      const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        const app = apps[i % apps.length]!;
        const res = await app.inject({ method: 'GET', url: '/healthz', remoteAddress });
        statuses.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.headers['content-type']).toContain('application/problem+json');
          expect(json(res)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    });
  });
}

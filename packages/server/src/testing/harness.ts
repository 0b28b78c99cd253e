import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig, type AppConfig } from '../config.ts';
import type { Database, PrivacyPort } from '../platform/index.ts';
import { testDatabases, type TestDatabase } from './databases.ts';

export interface Harness {
  app: FastifyInstance;
  database: Database;
  label: TestDatabase['label'];
  /** The clock the job worker sees: real time plus an offset; advance it to make timed jobs due. */
  clock: TestClock;
  /** The app's vault and audit sink, for contexts a test builds by hand. */
  privacy: PrivacyPort;
}

export interface HarnessOptions {
  config?: Partial<AppConfig>;
}

/**
 * Runs the same suite once per database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), each on a
 * freshly built app over a fresh database.
 */
export function describeEachDatabase(
  name: string,
  suite: (h: () => Harness) => void,
  options: HarnessOptions = {},
) {
  for (const target of testDatabases()) {
    describe(`${name} [${target.label}]`, () => {
      let harness: Harness | undefined;
      beforeAll(async () => {
        const database = await target.open();
        const clock = new TestClock();
        const app = await buildApp({
          config: testConfig(options.config),
          database,
          background: false,
          now: () => clock.now(),
        });
        await app.ready();
        harness = { app, database, label: target.label, clock, privacy: app.runtime.privacy };
      });
      afterAll(async () => {
        if (!harness) return;
        await harness.app.close();
        await target.dispose(harness.database);
      });
      suite(() => {
        if (!harness) throw new Error('harness not ready');
        return harness;
      });
    });
  }
}

/** Builds an app over a database it opens; the caller closes both (restart tests reopen the same one). */
export async function openApp(database: Database, config: Partial<AppConfig> = {}, now?: () => Date) {
  const app = await buildApp({
    config: testConfig(config),
    database,
    background: false,
    ...(now ? { now } : {}),
  });
  await app.ready();
  return app;
}

export class TestClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export function json<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  return JSON.parse(res.body) as T;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

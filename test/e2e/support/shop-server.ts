import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp, testConfig } from '../../../packages/server/src/index.ts';
import { seedDemoShop } from '../../../packages/server/src/cli/seed.ts';
import { connectDatabase } from '../../../packages/server/src/platform/index.ts';
import { ensureWebAppsBuilt } from '../../../packages/server/src/web/build-apps.ts';

export interface RunningShop {
  app: FastifyInstance;
  baseUrl: string;
  ownerEmail: string;
  ownerPassword: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A real server as `npm start` runs it: the built apps (built first when stale), a fresh in-memory PGlite
 * seeded with the demo shop, background jobs and events running (so sandbox payments land by webhook), on
 * a free port of the loopback interface.
 */
export async function startShop(): Promise<RunningShop> {
  ensureWebAppsBuilt({ log: (line) => console.log(`[web] ${line}`) });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await connectDatabase({});
  const app = await buildApp({
    config: testConfig({ host: '127.0.0.1', port, publicUrl: baseUrl }),
    database,
    background: true,
  });
  const seeded = await seedDemoShop(app);
  if (!seeded) throw new Error('a fresh database should have been seeded');
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    baseUrl,
    ownerEmail: seeded.ownerEmail,
    ownerPassword: seeded.ownerPassword,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

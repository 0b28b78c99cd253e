import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';
import { seedDemoShop } from './seed.ts';
import { describeWebApps } from '../web/index.ts';

export async function runStart(config: AppConfig): Promise<number> {
  const app = await buildApp({ config, background: true });
  const seeded = await seedDemoShop(app);
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(
    [
      '',
      `Hexamall is running on ${storage}${config.redisUrl ? ' with Redis' : ''}.`,
      ...describeWebApps(base),
      `  Storefront API  ${base}/api/store`,
      `  Console API     ${base}/api/admin`,
      `  API docs        ${base}/docs`,
      seeded
        ? `  Demo shop seeded: sign in to the console as ${seeded.ownerEmail} / ${seeded.ownerPassword}`
        : '',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}

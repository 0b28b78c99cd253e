import type { AppConfig } from '../config.ts';
import { buildApp } from '../app.ts';

/** buildApp migrates on boot; this opens the app, lets it migrate and closes it. */
export async function runMigrate(config: AppConfig): Promise<number> {
  const app = await buildApp({ config: { ...config, logLevel: 'warn' } });
  await app.close();
  console.log(`migrations applied (${config.databaseUrl ? 'PostgreSQL' : `PGlite at ${config.dataDir}`})`);
  return 0;
}

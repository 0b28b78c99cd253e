import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SDK_SOURCES, WEB_APPS, type WebApp } from './app-dirs.ts';

/** Newest modification time under a path (a file or a folder, recursively); 0 when it does not exist. */
function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Missing, or older than any of its sources (the app's own files or the SDK it imports). */
export function isStale(app: WebApp): boolean {
  const built = newestMtime(join(app.dist, 'index.html'));
  if (built === 0) return true;
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
      newestMtime(join(app.dir, p)),
    ),
    newestMtime(SDK_SOURCES),
  );
  return sources > built;
}

/** Runs `vite build` in the app's folder with the Vite its workspace resolves. */
export function buildApp(app: WebApp): void {
  const vitePackage = createRequire(join(app.dir, 'package.json')).resolve('vite/package.json');
  const result = spawnSync(
    process.execPath,
    [join(dirname(vitePackage), 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: app.dir,
      // A production build whoever calls it: under vitest NODE_ENV is "test", which would bundle Vue's
      // development build and make import.meta.env.PROD false (no service worker).
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error(`building the ${app.name} failed (exit ${result.status ?? result.signal})`);
}

/** Builds the apps that need it (all of them with `force`); answers the names it built. */
export function ensureWebAppsBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): string[] {
  const built: string[] = [];
  for (const app of WEB_APPS) {
    if (!options.force && !isStale(app)) continue;
    options.log?.(`building the ${app.name} (apps/${app.name}) ...`);
    const started = Date.now();
    buildApp(app);
    options.log?.(`built the ${app.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built.push(app.name);
  }
  return built;
}

// `npm start` runs this first (prestart); `npm run build:web` passes --force.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureWebAppsBuilt({ force: process.argv.includes('--force'), log: (line) => console.log(line) });
}

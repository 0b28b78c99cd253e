import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The web apps this repository builds with Vite, and where the server serves each from. */
export interface WebApp {
  name: 'storefront' | 'console';
  /** The app's workspace folder (apps/<name>). */
  dir: string;
  /** Vite's output, served by the server. */
  dist: string;
  /** URL prefix: the storefront owns `/`, the console `/console/`. */
  prefix: '/' | '/console/';
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const WEB_APPS: WebApp[] = (['storefront', 'console'] as const).map((name) => ({
  name,
  dir: `${repoRoot}apps/${name}`,
  dist: `${repoRoot}apps/${name}/dist`,
  prefix: name === 'storefront' ? '/' : '/console/',
}));

export const DEMO_CATALOGUE = fileURLToPath(new URL('../cli/demo-shop/products.jsonl', import.meta.url));
export const SDK_SOURCES = `${repoRoot}packages/sdk/src`;

export function isBuilt(app: WebApp): boolean {
  return existsSync(`${app.dist}/index.html`);
}

/** Lines for the start banner: where each app is, or how to build it. */
export function describeWebApps(base: string): string[] {
  return WEB_APPS.map((app) => {
    const label = app.name === 'storefront' ? 'Storefront     ' : 'Console        ';
    return isBuilt(app)
      ? `  ${label} ${base}${app.prefix}`
      : `  ${label} not built: run "npm run build:web" (npm start builds it)`;
  });
}

import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { DEMO_CATALOGUE, WEB_APPS, type WebApp } from './app-dirs.ts';
import { registerDemoImages } from './demo-images.ts';
import { registerSpa } from './spa.ts';

export { describeWebApps, WEB_APPS } from './app-dirs.ts';

export interface WebAppsOptions {
  /** Defaults to the repository's apps (apps/storefront/dist at `/`, apps/console/dist at `/console/`). */
  apps?: WebApp[];
  /** The demo catalogue whose /demo-images/<handle>.svg URLs are drawn. */
  demoCatalogue?: string;
}

/**
 * The built storefront and console, and the demo shop's placeholder images. Registered after the API, so
 * every API route wins over the apps' catch-all routes.
 */
export const webApps: FastifyPluginAsync<WebAppsOptions> = async (app, options) => {
  const apps = options.apps ?? WEB_APPS;
  // Only reply.sendFile is used (each app passes its own root); the root here merely has to be valid.
  await app.register(fastifyStatic, {
    serve: false,
    root: apps[0]?.dir ?? process.cwd(),
    suppressWarning: true,
    // The builds write .br and .gz beside each text asset (apps/precompress.ts); sent when the browser accepts them.
    preCompressed: true,
  });
  registerDemoImages(app, options.demoCatalogue ?? DEMO_CATALOGUE);
  for (const web of apps) registerSpa(app, web);
};

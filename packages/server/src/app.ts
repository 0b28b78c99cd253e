import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Redis } from 'ioredis';
import type { AppConfig } from './config.ts';
import {
  connectDatabase,
  frameworkErrorHandler,
  InProcessBroadcaster,
  ReadCache,
  RedisBroadcaster,
  RedisVersions,
  InProcessVersions,
  type ReadCacheOptions,
  JobWorker,
  OutboxDispatcher,
  registerProblemHandlers,
  runMigrations,
  type Database,
  type Runtime,
} from './platform/index.ts';
import { installAdminContext, installStoreContext, newRequestId } from './platform/http/auth.ts';
import { validatorCompiler } from './platform/http/validation.ts';
import { LOG_REDACT_PATHS } from './platform/http/redact.ts';
import { cachedMerchantResolver } from './platform/http/merchant-cache.ts';
import { registerPlatformPurge } from './platform/maintenance.ts';
import { AUTHENTICATORS, MODULES } from './modules/registry.ts';
import { cachedConsentResolver, openPrivacy } from './modules/privacy/index.ts';
import { cachedShopperResolver } from './modules/customers/index.ts';
import { setupWorkflows, WORKFLOW_ROUTES } from './workflows/routes.ts';
import { webApps } from './web/index.ts';

export interface BuildAppOptions {
  config: AppConfig;
  /** An already-open database (tests); otherwise one is opened from the config. */
  database?: Database;
  /** Start the outbox dispatcher and job worker (the server does; tests step them by hand). */
  background?: boolean;
  /** Clock for jobs, so tests can jump past an order's payment window. */
  now?: () => Date;
  /** Where log lines go instead of stdout (tests that read the logs). */
  logStream?: { write(line: string): void };
}

declare module 'fastify' {
  interface FastifyInstance {
    runtime: Runtime;
  }
}

const PLATFORM_MIGRATIONS = fileURLToPath(new URL('./platform/migrations', import.meta.url));

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    genReqId: (req) => newRequestId(req.headers['x-request-id']),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  registerProblemHandlers(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const database =
    options.database ?? (await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await runMigrations(database, [
    { name: 'platform', folder: PLATFORM_MIGRATIONS },
    ...MODULES.map((m) => ({ name: m.name, folder: m.migrationsFolder })),
  ]);

  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  const broadcaster = redis ? new RedisBroadcaster(redis) : new InProcessBroadcaster();
  const caches: ReadCache<object>[] = [];
  const createCache = <V extends object>(name: string, cacheOptions: ReadCacheOptions) => {
    const cache = new ReadCache<V>(name, cacheOptions, broadcaster);
    caches.push(cache as unknown as ReadCache<object>);
    return cache;
  };
  const privacy = await openPrivacy({
    config,
    database,
    log: app.log,
    createCache,
    ...(options.now ? { now: options.now } : {}),
  });
  const runtime: Runtime = {
    config,
    database,
    privacy,
    events: new OutboxDispatcher(database.db, app.log, privacy),
    jobs: new JobWorker(database.db, app.log, privacy, 500, options.now),
    log: app.log,
    createCache,
    versions: redis ? new RedisVersions(redis) : new InProcessVersions(),
    personalData: MODULES.flatMap((m) =>
      m.personalData ? [{ module: m.name, contributor: m.personalData }] : [],
    ),
  };
  app.decorate('runtime', runtime);
  app.decorateRequest('ctx', null as never);

  await app.register(helmet, { contentSecurityPolicy: false, global: true });
  await app.register(rateLimit, {
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.timeWindowMs,
    ...(redis ? { redis, nameSpace: 'hexamall-rl:' } : {}),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hexamall API',
        version: '0.1.0',
        description: 'Shopper (/api/store) and merchant (/api/admin) APIs',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true, database: database.kind }));

  for (const mod of MODULES) mod.setup?.(runtime);
  registerPlatformPurge(runtime.jobs, options.now ?? (() => new Date()));
  for (const cache of caches) await cache.start();
  for (const mod of MODULES) await mod.boot?.(runtime);
  const resolveMerchant = cachedMerchantResolver(AUTHENTICATORS.resolveMerchant);
  const authenticators = {
    ...AUTHENTICATORS,
    resolveMerchant,
    resolveShopper: cachedShopperResolver(runtime),
    resolveConsent: cachedConsentResolver(runtime),
  };
  setupWorkflows(runtime);
  await runtime.jobs.ensureRecurring();

  await app.register(
    async (store) => {
      installStoreContext(store, database.db, authenticators, privacy);
      for (const mod of MODULES) if (mod.storeRoutes) await store.register(mod.storeRoutes, { runtime });
      for (const route of WORKFLOW_ROUTES)
        if (route.scope === 'store') await store.register(route.plugin, { runtime });
    },
    { prefix: '/api/store' },
  );
  await app.register(
    async (admin) => {
      installAdminContext(admin, database.db, authenticators, privacy);
      for (const mod of MODULES) if (mod.adminRoutes) await admin.register(mod.adminRoutes, { runtime });
      for (const route of WORKFLOW_ROUTES)
        if (route.scope === 'admin') await admin.register(route.plugin, { runtime });
    },
    { prefix: '/api/admin' },
  );
  for (const mod of MODULES) if (mod.publicRoutes) await app.register(mod.publicRoutes, { runtime });
  // The storefront at /, the console at /console/ and the demo images: after the API, whose routes win.
  await app.register(webApps);

  if (options.background) {
    runtime.events.start();
    runtime.jobs.start();
  }
  app.addHook('onClose', async () => {
    await runtime.events.stop();
    await runtime.jobs.stop();
    await privacy.close();
    await broadcaster.close();
    redis?.disconnect();
    if (!options.database) await database.close();
  });
  return app;
}

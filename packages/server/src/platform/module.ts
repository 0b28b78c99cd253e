import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppConfig } from '../config.ts';
import type { ReadCache, ReadCacheOptions, SharedVersions } from './cache/index.ts';
import type { Database } from './db/index.ts';
import type { OutboxDispatcher } from './events/index.ts';
import type { JobWorker } from './jobs/index.ts';
import type { PersonalDataContributor, PersonalDataSource } from './personal-data.ts';
import type { PrivacyPort } from './privacy.ts';

/** What a module gets at boot to subscribe to events and register its jobs. */
export interface Runtime {
  readonly config: AppConfig;
  readonly database: Database;
  /** The vault and audit sink; services reach them as ctx.privacy. */
  readonly privacy: PrivacyPort;
  readonly events: OutboxDispatcher;
  readonly jobs: JobWorker;
  readonly log: FastifyBaseLogger;
  /** Every module's personal-data contributor, for the privacy module's export, erasure and purge. */
  readonly personalData: readonly PersonalDataSource[];
  /** A named per-process read cache whose invalidations reach every process (through Redis when set). */
  createCache<V extends object>(name: string, options: ReadCacheOptions): ReadCache<V>;
  /** Versions every process reads alike (Redis when set), for caches that must never serve a stale entry. */
  readonly versions: SharedVersions;
}

/** A module's whole contribution to the app, exported from its index.ts. */
export interface HexamallModule {
  name: string;
  /** drizzle-kit output folder; applied at boot in registry order. */
  migrationsFolder: string;
  /** Mounted under /api/store: shopper-facing. */
  storeRoutes?: FastifyPluginAsyncTypebox<{ runtime: Runtime }>;
  /** Mounted under /api/admin: staff-facing, permission-checked. */
  adminRoutes?: FastifyPluginAsyncTypebox<{ runtime: Runtime }>;
  /** Mounted at the root with no session handling (gateway webhooks, the sandbox gateway's pages). */
  publicRoutes?: FastifyPluginAsyncTypebox<{ runtime: Runtime }>;
  /** What the module holds on a shopper, for data-subject export, erasure and retention purges. */
  personalData?: PersonalDataContributor;
  setup?(runtime: Runtime): void;
  /** Runs once at boot after migrations and setup, before the first request (data upgrades). */
  boot?(runtime: Runtime): Promise<void>;
}

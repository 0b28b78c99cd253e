import { join, resolve } from 'node:path';

/** Settings a deployment can change; read from the environment by the CLI, passed explicitly by tests. */
export interface AppConfig {
  /** postgres:// URL; unset means the embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * Key-encryption keys, the blind-index key and the audit signing key (HEXAMALL_KEYRING_FILE, default
   * <dataDir>/keyring.json, created mode 0600 on first boot). undefined is testConfig's fixed in-memory
   * keyring: never a deployment's.
   */
  keyringFile: string | undefined;
  redisUrl: string | undefined;
  host: string;
  port: number;
  /** Minutes an order may stay unpaid before it is cancelled and its stock released. */
  unpaidOrderTimeoutMinutes: number;
  /** Secret the sandbox payment gateway signs its webhooks with. */
  sandboxWebhookSecret: string;
  /** Public base URL used in links the server hands out (payment redirects, webhooks). */
  publicUrl: string;
  rateLimit: { max: number; timeWindowMs: number };
  logLevel: string;
  /**
   * Days each personal-data category is kept, overriding the defaults in docs/privacy.md
   * (HEXAMALL_RETENTION_DAYS="behaviour=90,sessions=14"). The privacy module refuses unknown categories.
   */
  retentionDays: Readonly<Record<string, number>>;
  /** Passkeys (WebAuthn): docs/decisions/0008-authentication.md. */
  webauthn: WebAuthnConfig;
}

export interface WebAuthnConfig {
  /** The domain passkeys are bound to; a passkey made for one rpId never signs in to another. */
  rpId: string;
  /** What the authenticator shows beside the account name. */
  rpName: string;
  /** Origins (scheme://host[:port]) a ceremony may come from; anything else is refused. */
  origins: readonly string[];
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom(env.PORT, 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = env.HEXAMALL_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HEXAMALL_DATA_DIR ?? '.hexamall'),
    keyringFile: resolve(
      env.HEXAMALL_KEYRING_FILE ?? join(env.HEXAMALL_DATA_DIR ?? '.hexamall', 'keyring.json'),
    ),
    redisUrl: env.REDIS_URL || undefined,
    host,
    port,
    unpaidOrderTimeoutMinutes: intFrom(env.HEXAMALL_UNPAID_ORDER_TIMEOUT_MINUTES, 30),
    sandboxWebhookSecret: env.HEXAMALL_SANDBOX_WEBHOOK_SECRET ?? 'sandbox-webhook-secret-change-me',
    publicUrl,
    rateLimit: {
      max: intFrom(env.HEXAMALL_RATE_LIMIT_MAX, 1000),
      timeWindowMs: intFrom(env.HEXAMALL_RATE_LIMIT_WINDOW_MS, 60_000),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    webauthn: webauthnFromEnv(env, publicUrl),
    retentionDays: retentionDaysFrom(env.HEXAMALL_RETENTION_DAYS),
  };
}

/**
 * Defaults from the public URL. Browsers refuse an IP address as rpId, so a loopback address becomes
 * localhost and http://localhost:PORT is accepted too: passkeys then work locally on that address.
 */
function webauthnFromEnv(env: NodeJS.ProcessEnv, publicUrl: string): WebAuthnConfig {
  const url = new URL(publicUrl);
  const local = new URL(url);
  if (url.hostname === '127.0.0.1' || url.hostname === '[::1]') local.hostname = 'localhost';
  const origins = (env.HEXAMALL_WEBAUTHN_ORIGINS ?? '').split(',').map((o) => o.trim());
  return {
    rpId: env.HEXAMALL_WEBAUTHN_RP_ID || local.hostname,
    rpName: env.HEXAMALL_WEBAUTHN_RP_NAME || 'Hexamall',
    origins: origins.some((o) => o !== '')
      ? origins.filter((o) => o !== '')
      : [...new Set([url.origin, local.origin])],
  };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...configFromEnv({}),
    dataDir: '',
    keyringFile: undefined,
    logLevel: 'silent',
    rateLimit: { max: 1_000_000, timeWindowMs: 60_000 },
    ...overrides,
  };
}

function retentionDaysFrom(value: string | undefined): Record<string, number> {
  const days: Record<string, number> = {};
  for (const entry of (value ?? '').split(',').filter((e) => e.trim() !== '')) {
    const [category, count] = entry.split('=').map((part) => part.trim());
    if (!category || count === undefined)
      throw new Error(`HEXAMALL_RETENTION_DAYS: expected category=days, got "${entry}"`);
    days[category] = intFrom(count, 0);
  }
  return days;
}

function intFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a non-negative integer, got "${value}"`);
  return n;
}

import { join, resolve } from 'node:path';

/** Settings a deployment can change; read from the environment by the CLI, passed explicitly by tests. */
export interface AppConfig {
  /** postgres:// URL; unset means the embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * Key-encryption keys, the blind-index key and the audit signing key (HEXAMALL_KEYRING_FILE, default
   * <dataDir>-keys/keyring.json, created mode 0600 on first boot). undefined is testConfig's fixed in-memory
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
  /** Access anomaly rules over the audit log (docs/decisions/0007-audit-and-anomalies.md). */
  anomaly: AnomalyThresholds;
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

export const ANOMALY_RULES = ['mass_read', 'export_burst', 'unusual_hours', 'new_network'] as const;
export type AnomalyRule = (typeof ANOMALY_RULES)[number];

export interface AnomalyThresholds {
  /** A staff member reading sensitive fields of more than this many people within the window is frozen. */
  massReadPeople: number;
  massReadWindowMinutes: number;
  /** More than this many exports (requests) by one staff member within the window is a burst. */
  exportBurst: number;
  exportWindowMinutes: number;
  /** Working hours [start, end) in the merchant's time zone; access outside them raises an alert. */
  workingHours: { start: number; end: number; timeZone: string };
  /** A network (/24, /64) unseen for this long counts as new for the staff member. */
  networkMemoryDays: number;
  /** The rules that freeze the account; the others only raise an alert. */
  freezeOn: readonly AnomalyRule[];
  /** Column-name fragments that make a field sensitive for the mass-read rule. */
  sensitiveFields: readonly string[];
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = intFrom(env.PORT, 3000);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = env.HEXAMALL_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HEXAMALL_DATA_DIR ?? '.hexamall'),
    // Beside the data folder, not in it: a copy of the database folder must not carry its own keys.
    keyringFile: resolve(
      env.HEXAMALL_KEYRING_FILE ??
        join(`${resolve(env.HEXAMALL_DATA_DIR ?? '.hexamall')}-keys`, 'keyring.json'),
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
    retentionDays: retentionDaysFrom(env.HEXAMALL_RETENTION_DAYS),
    anomaly: anomalyThresholdsFromEnv(env),
    webauthn: webauthnFromEnv(env, publicUrl),
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

function anomalyThresholdsFromEnv(env: NodeJS.ProcessEnv): AnomalyThresholds {
  const [start, end] = (env.HEXAMALL_ANOMALY_WORKING_HOURS ?? '7-23').split('-').map((h) => intFrom(h, -1));
  if (start === undefined || end === undefined || start < 0 || end > 24 || start >= end)
    throw new Error('HEXAMALL_ANOMALY_WORKING_HOURS must look like "7-23" (start before end, hours 0-24)');
  const timeZone = env.HEXAMALL_ANOMALY_TIME_ZONE ?? 'Asia/Shanghai';
  // Throws RangeError on a zone the runtime does not know: better at boot than on the first access.
  new Intl.DateTimeFormat('en', { timeZone });
  const freezeOn = listFrom(env.HEXAMALL_ANOMALY_FREEZE_ON, ['mass_read', 'export_burst']);
  const unknown = freezeOn.filter((r) => !(ANOMALY_RULES as readonly string[]).includes(r));
  if (unknown.length > 0)
    throw new Error(`HEXAMALL_ANOMALY_FREEZE_ON names unknown rules: ${unknown.join(', ')}`);
  const sensitiveFields = listFrom(env.HEXAMALL_ANOMALY_SENSITIVE_FIELDS, [
    'phone',
    'email',
    'id_number',
    'address',
    'line1',
    'location',
    'latitude',
    'longitude',
  ]);
  if (sensitiveFields.some((f) => !/^[a-z0-9_]+$/.test(f)))
    throw new Error('HEXAMALL_ANOMALY_SENSITIVE_FIELDS takes lower-case column-name fragments');
  return {
    massReadPeople: intFrom(env.HEXAMALL_ANOMALY_READ_PEOPLE, 100),
    massReadWindowMinutes: intFrom(env.HEXAMALL_ANOMALY_READ_WINDOW_MINUTES, 1),
    exportBurst: intFrom(env.HEXAMALL_ANOMALY_EXPORTS, 5),
    exportWindowMinutes: intFrom(env.HEXAMALL_ANOMALY_EXPORT_WINDOW_MINUTES, 10),
    workingHours: { start, end, timeZone },
    networkMemoryDays: intFrom(env.HEXAMALL_ANOMALY_NETWORK_MEMORY_DAYS, 30),
    freezeOn: freezeOn as AnomalyRule[],
    sensitiveFields,
  };
}

function listFrom(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
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

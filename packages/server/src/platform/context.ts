import type { Db } from './db/index.ts';
import { newId } from './ids.ts';
import type { Permission, StaffRole } from './permissions.ts';
import type { PrivacyPort } from './privacy.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type ConsentPurpose =
  'personalisation' | 'marketing' | 'analytics' | 'third_party_sharing' | 'cross_border' | 'sensitive_data';

export type Actor =
  | { kind: 'system'; reason: string }
  | { kind: 'guest'; cartToken?: string | undefined }
  | { kind: 'shopper'; customerId: string; sessionId: string }
  | {
      kind: 'staff';
      staffId: string;
      sessionId: string;
      role: StaffRole;
      permissions: ReadonlySet<Permission>;
    };

/**
 * Everything a service needs to know about who asks and within what, passed first to every service
 * method (Vendure's RequestContext). `db` is the open transaction when there is one.
 */
export interface Ctx {
  readonly actor: Actor;
  readonly merchantId: string;
  readonly locale: Locale;
  readonly requestId: string;
  readonly db: Db;
  readonly inTransaction: boolean;
  readonly consent: ReadonlySet<ConsentPurpose>;
  /** The vault and audit sink of the app this request runs in. */
  readonly privacy: PrivacyPort;
  /** The caller's network address, for the audit log; undefined for jobs and the CLI. */
  readonly sourceAddress?: string | undefined;
}

export function systemCtx(db: Db, merchantId: string, reason: string, privacy: PrivacyPort): Ctx {
  return {
    privacy,
    actor: { kind: 'system', reason },
    merchantId,
    locale: 'zh-CN',
    requestId: newId('req'),
    db,
    inTransaction: false,
    consent: new Set(),
  };
}

/** Runs fn in a transaction, joining the caller's when there is one so a workflow commits as one unit. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx, inTransaction: true }));
}

export function withMerchant(ctx: Ctx, merchantId: string): Ctx {
  return { ...ctx, merchantId };
}

export function customerIdOf(ctx: Ctx): string | undefined {
  return ctx.actor.kind === 'shopper' ? ctx.actor.customerId : undefined;
}

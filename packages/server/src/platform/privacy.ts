import type { Ctx } from './context.ts';

/**
 * What every module sees of the privacy module: the vault that seals personal fields and the audit
 * sink that records each access. The privacy module implements it; the platform only names it, so a
 * service reaches it through its ctx (`ctx.privacy`) without importing another module's files.
 */
export interface PrivacyPort {
  readonly vault: PersonalDataVault;
  readonly audit: AuditSink;
}

/** Why personal data is being touched. Every read states one; permissions and consent hang off it. */
export const ACCESS_PURPOSES = [
  'self',
  'authentication',
  'fulfilment',
  'customer_service',
  'marketing',
  'analytics',
  'legal',
  'administration',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

export const AUDIT_OPERATIONS = ['read', 'write', 'delete', 'export'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/**
 * Where a ciphertext lives. Table, column and row id are bound into the ciphertext as associated data,
 * so a value copied into another row or column no longer decrypts.
 */
export interface SealRef {
  /** The person the value is about (cus_..., stf_...): their data key seals it. */
  subjectId: string;
  table: string;
  column: string;
  rowId: string;
}

/** `device` and `address` let the risk rules count attempts per device or address without holding either. */
export type BlindIndexKind = 'email' | 'phone' | 'id_number' | 'device' | 'address';

export interface PersonalDataVault {
  /** Encrypts under the subject's data key, creating that key (in ctx's transaction) on first use. */
  seal(ctx: Ctx, ref: SealRef, plaintext: string): Promise<string>;
  /** Decrypts; undefined when the subject's key was destroyed by erasure. Throws on any tampering. */
  open(ctx: Ctx, ref: SealRef, ciphertext: string): Promise<string | undefined>;
  /**
   * Opens several fields of one subject with one key look-up (a row's fields, read together): the same
   * answers, in order, as calling open on each.
   */
  openMany(
    ctx: Ctx,
    subjectId: string,
    fields: readonly { ref: SealRef; ciphertext: string }[],
  ): Promise<(string | undefined)[]>;
  /** Keyed HMAC of a normalised value, for equality look-ups without the plaintext. */
  blindIndex(kind: BlindIndexKind, merchantId: string, value: string): string;
  /** Crypto-shredding: destroys the subject's data key; every ciphertext under it becomes noise. */
  shred(ctx: Ctx, subjectId: string): Promise<void>;
}

/** One access to one person's data. Actor, time, request id and source address come from ctx. */
export interface AuditRecord {
  subjectId: string;
  /** `table.column` names, never values. */
  fields: readonly string[];
  operation: AuditOperation;
  purpose: AccessPurpose;
}

export interface AuditSink {
  /** Queues the entry; it is chained and stored within a fraction of a second. */
  record(ctx: Ctx, entry: AuditRecord): void;
  /** Resolves once every entry recorded so far is stored (exports and tests wait on it). */
  flush(): Promise<void>;
}

/**
 * For contexts that must never touch personal data (catalogue fixtures, price tools): any use is a
 * programming error and says so instead of silently skipping encryption or audit.
 */
export const NO_PRIVACY: PrivacyPort = {
  vault: {
    seal: refuse,
    open: refuse,
    openMany: refuse,
    blindIndex: refuse,
    shred: refuse,
  },
  audit: { record: refuse, flush: async () => {} },
};

function refuse(): never {
  throw new Error('this context has no privacy services: build it from the app runtime');
}

import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import { maskValue } from './masks.ts';
import { accessFor, type FieldClass } from './policy.ts';

/** The row a set of personal fields lives in, and whose data it is. */
export interface PersonalRecord {
  subjectId: string;
  table: string;
  rowId: string;
}

export interface SealedField {
  sealed: string | null;
  class: FieldClass;
  /** Masks contact fields as an email rather than a phone number. */
  hint?: 'email' | 'phone';
}

/**
 * Seals each given value under the subject's data key, bound to its row and column, and records one
 * audit 'write' entry naming the fields (never the values). Null stays null.
 */
export async function sealFields<K extends string>(
  ctx: Ctx,
  record: PersonalRecord,
  values: Record<K, string | null | undefined>,
): Promise<Record<K, string | null>> {
  const out = {} as Record<K, string | null>;
  const written: string[] = [];
  for (const column of Object.keys(values) as K[]) {
    const value = values[column];
    if (value === null || value === undefined) {
      out[column] = null;
      continue;
    }
    out[column] = await ctx.privacy.vault.seal(ctx, { ...record, column }, value);
    written.push(`${record.table}.${column}`);
  }
  if (written.length > 0) {
    ctx.privacy.audit.record(ctx, {
      subjectId: record.subjectId,
      fields: written,
      operation: 'write',
      purpose: ctx.actor.kind === 'shopper' ? 'self' : 'administration',
    });
  }
  return out;
}

/**
 * Opens a row's personal fields for a stated purpose: refuses (FORBIDDEN) when the actor may not read
 * them for it, masks what the actor's role may not see in clear, and records exactly one audit 'read'
 * entry. Masked fields are listed with a ":masked" suffix, so anomaly rules count only clear reads.
 * `erased` is true when the subject's key was shredded; every value is then null. `masked` forces
 * masking whatever the role (lists show many people at once: clear values only one person at a time);
 * `audited: false` is for data-subject exports only, which record one 'export' entry for the whole archive.
 */
export async function readFields<K extends string>(
  ctx: Ctx,
  purpose: AccessPurpose,
  record: PersonalRecord,
  fields: Record<K, SealedField>,
  options: { masked?: boolean; audited?: boolean } = {},
): Promise<{ values: Record<K, string | null>; erased: boolean }> {
  const allowed = accessFor(ctx, purpose, record.subjectId);
  const visibility = options.masked ? (c: FieldClass) => (c === 'region' ? 'clear' : 'masked') : allowed;
  const values = {} as Record<K, string | null>;
  const audited: string[] = [];
  let erased = false;
  const columns = (Object.keys(fields) as K[]).filter((c) => fields[c].sealed !== null);
  for (const column of Object.keys(fields) as K[]) if (fields[column].sealed === null) values[column] = null;
  // One key look-up for the row: the read's cost is then one AES-GCM operation per field.
  const opened = await ctx.privacy.vault.openMany(
    ctx,
    record.subjectId,
    columns.map((column) => ({ ref: { ...record, column }, ciphertext: fields[column].sealed! })),
  );
  for (const [i, column] of columns.entries()) {
    const field = fields[column];
    const plain = opened[i];
    if (plain === undefined) {
      erased = true;
      values[column] = null;
      continue;
    }
    const shown = visibility(field.class);
    values[column] = shown === 'clear' ? plain : maskValue(field.class, plain, field.hint);
    audited.push(`${record.table}.${column}${shown === 'clear' ? '' : ':masked'}`);
  }
  // An export gathers many rows and records its one 'export' entry itself.
  if (audited.length > 0 && options.audited !== false) {
    ctx.privacy.audit.record(ctx, {
      subjectId: record.subjectId,
      fields: audited,
      operation: 'read',
      purpose,
    });
  }
  return { values, erased };
}

/** One audit 'delete' entry for personal fields removed with their row. */
export function recordDeletion(ctx: Ctx, record: PersonalRecord, columns: readonly string[]): void {
  ctx.privacy.audit.record(ctx, {
    subjectId: record.subjectId,
    fields: columns.map((c) => `${record.table}.${c}`),
    operation: 'delete',
    purpose: ctx.actor.kind === 'shopper' ? 'self' : 'administration',
  });
}

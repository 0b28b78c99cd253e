import { and, eq, sql } from 'drizzle-orm';
import { newUlid, type Db } from '../../../platform/index.ts';
import { privacyDataKeys, type DataKeyRow } from './tables.ts';

export const newDataKeyId = () => `dk_${newUlid()}`;

export async function findDataKey(
  db: Db,
  merchantId: string,
  subjectId: string,
): Promise<DataKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(privacyDataKeys)
    .where(and(eq(privacyDataKeys.subjectId, subjectId), eq(privacyDataKeys.merchantId, merchantId)));
  return row;
}

/**
 * True when this call created the key. A concurrent creator's insert makes this one wait on the unique
 * index until that transaction ends, then do nothing: the caller reads the winner's key.
 */
export async function insertDataKey(
  db: Db,
  row: { id: string; merchantId: string; subjectId: string; kekId: string; wrappedKey: string },
): Promise<boolean> {
  const inserted = await db
    .insert(privacyDataKeys)
    .values(row)
    .onConflictDoNothing({ target: privacyDataKeys.subjectId })
    .returning({ id: privacyDataKeys.id });
  return inserted.length === 1;
}

/**
 * Destroys the subject's wrapped key, or records a key-less tombstone when none was ever made, so no key
 * can be made for an erased person afterwards. Returns the row's id; idempotent.
 */
export async function destroyDataKey(
  db: Db,
  merchantId: string,
  subjectId: string,
): Promise<string | undefined> {
  const [row] = await db
    .insert(privacyDataKeys)
    .values({
      id: newDataKeyId(),
      merchantId,
      subjectId,
      kekId: null,
      wrappedKey: null,
      destroyedAt: sql`now()`,
    })
    .onConflictDoUpdate({
      target: privacyDataKeys.subjectId,
      set: { wrappedKey: null, destroyedAt: sql`coalesce(${privacyDataKeys.destroyedAt}, now())` },
      // Another merchant's person with the same id is not ours to erase.
      setWhere: eq(privacyDataKeys.merchantId, merchantId),
    })
    .returning({ id: privacyDataKeys.id });
  return row?.id;
}

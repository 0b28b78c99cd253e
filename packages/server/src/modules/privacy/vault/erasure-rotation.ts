import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../platform/index.ts';
import type { KeyEncryptionProvider, RotatableKeyEncryption } from './keyring.ts';
import { rewrapBatch } from './rotate.ts';
import { privacyDataKeys } from './tables.ts';

/**
 * Destroying a person's wrapped data key only protects the live database: a backup taken before the
 * erasure still holds that wrapped key, and the KEK that unwraps it. So erasure also rotates the master
 * key: inside the erasing transaction every other data key is re-wrapped under a new KEK, and once that
 * has committed the old KEK's material is wiped (destroyUnusedRetiredKeys). From then on every copy of
 * the database taken before the erasure is noise, the erased person's data included.
 *
 * The cost is one unwrap and wrap per live data key per erasure (about 10 µs each); deployments with
 * millions of shoppers should batch erasures (docs/decisions/0006-privacy-vault.md).
 */
export interface ErasableKeyEncryption extends RotatableKeyEncryption {
  readonly erasesByRotation: boolean;
  destroyKeys(kekIds: readonly string[]): Promise<string[]>;
}

/** An external KMS must offer the same (rotate, then destroy) for backups to be covered: see 0006. */
export function isErasable(k: KeyEncryptionProvider): k is ErasableKeyEncryption {
  const candidate = k as Partial<ErasableKeyEncryption>;
  return candidate.erasesByRotation === true && typeof candidate.destroyKeys === 'function';
}

/** In the erasing transaction: a new active KEK and every live data key re-wrapped under it. */
export async function rewrapForErasure(tx: Db, keyring: ErasableKeyEncryption): Promise<number> {
  const active = await keyring.activateNewKey();
  let rewrapped = 0;
  for (let after = ''; ;) {
    const batch = await rewrapBatch(tx, keyring, active, after, 500);
    if (batch.count === 0) return rewrapped;
    rewrapped += batch.count;
    after = batch.lastId;
  }
}

/**
 * After commit: wipes retired KEKs no live data key is wrapped under. A rolled-back erasure leaves its
 * data keys on the retired KEK, which then stays (still unwrapping) until a later rotation moves them.
 */
export async function destroyUnusedRetiredKeys(db: Db, keyring: ErasableKeyEncryption): Promise<string[]> {
  const retired = keyring
    .keyStatuses()
    .filter((k) => k.status === 'retired')
    .map((k) => k.id);
  if (retired.length === 0) return [];
  const used = await db
    .selectDistinct({ kekId: privacyDataKeys.kekId })
    .from(privacyDataKeys)
    .where(and(inArray(privacyDataKeys.kekId, retired), isNotNull(privacyDataKeys.wrappedKey)));
  const inUse = new Set(used.map((u) => u.kekId));
  return keyring.destroyKeys(retired.filter((id) => !inUse.has(id)));
}

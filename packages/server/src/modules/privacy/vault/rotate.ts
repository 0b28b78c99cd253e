import { and, asc, eq, gt, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database, Db } from '../../../platform/index.ts';
import type { RotatableKeyEncryption } from './keyring.ts';
import { privacyDataKeys } from './tables.ts';

// Any fixed number distinct from the migrations' lock: one rotation at a time per database.
const ROTATION_LOCK_KEY = 0x6b657973;

export interface RotationReport {
  activeKekId: string;
  /** True when this run finished a rotation an earlier run left half done instead of starting one. */
  resumed: boolean;
  rewrapped: number;
  disabledKekIds: string[];
  /**
   * Data keys still wrapped by a disabled KEK: written by a process that wrapped before the rotation began
   * and committed after it ended. Zero unless something was very slow; see docs/decisions/0006.
   */
  stragglers: number;
}

/**
 * Rotates the master key: a new active KEK, every data key re-wrapped under it in batches, the old KEKs
 * disabled. Only privacy_data_keys changes; no ciphertext anywhere is touched, because data keys stay the
 * same. Safe to re-run after a crash: a retired KEK means a rotation to finish, not a new one to start.
 */
export async function rotateMasterKey(
  database: Database,
  keyring: RotatableKeyEncryption,
  options: { batchSize?: number; onBatch?: (rewrappedSoFar: number) => void } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 500;
  return database.withAdvisoryLock(ROTATION_LOCK_KEY, async () => {
    const resumed = keyring.keyStatuses().some((k) => k.status === 'retired');
    const activeKekId = resumed ? keyring.activeKeyId : await keyring.activateNewKey();
    let rewrapped = 0;
    for (let after = ''; ;) {
      const batch = await database.db.transaction((tx) =>
        rewrapBatch(tx, keyring, activeKekId, after, batchSize),
      );
      if (batch.count === 0) break;
      rewrapped += batch.count;
      after = batch.lastId;
      options.onBatch?.(rewrapped);
    }
    // Last sweep with inserts held off: a server that wrapped a new data key under the old KEK just
    // before the keyring changed has committed it by now, or commits it after this sweep and is counted.
    rewrapped += await database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table privacy_data_keys in share row exclusive mode`);
      let total = 0;
      for (let after = ''; ;) {
        const batch = await rewrapBatch(tx, keyring, activeKekId, after, batchSize);
        if (batch.count === 0) return total;
        total += batch.count;
        after = batch.lastId;
      }
    });
    const disabledKekIds = await keyring.disableRetiredKeys();
    const stragglers = disabledKekIds.length === 0 ? 0 : await countWrappedBy(database.db, disabledKekIds);
    return { activeKekId, resumed, rewrapped, disabledKekIds, stragglers };
  });
}

export async function rewrapBatch(
  tx: Db,
  keyring: RotatableKeyEncryption,
  activeKekId: string,
  after: string,
  limit: number,
): Promise<{ count: number; lastId: string }> {
  const rows = await tx
    .select({ id: privacyDataKeys.id, kekId: privacyDataKeys.kekId, wrappedKey: privacyDataKeys.wrappedKey })
    .from(privacyDataKeys)
    .where(
      and(
        ne(privacyDataKeys.kekId, activeKekId),
        isNotNull(privacyDataKeys.wrappedKey),
        gt(privacyDataKeys.id, after),
      ),
    )
    .orderBy(asc(privacyDataKeys.id))
    .limit(limit)
    .for('update');
  for (const row of rows) {
    const key = await keyring.unwrap(row.kekId!, row.wrappedKey!, row.id);
    const { kekId, wrapped } = await keyring.wrap(key, row.id);
    key.fill(0);
    await tx
      .update(privacyDataKeys)
      .set({ kekId, wrappedKey: wrapped })
      .where(and(eq(privacyDataKeys.id, row.id), isNotNull(privacyDataKeys.wrappedKey)));
  }
  return { count: rows.length, lastId: rows.at(-1)?.id ?? after };
}

async function countWrappedBy(db: Db, kekIds: string[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(privacyDataKeys)
    .where(and(inArray(privacyDataKeys.kekId, kekIds), isNotNull(privacyDataKeys.wrappedKey)));
  return row?.n ?? 0;
}

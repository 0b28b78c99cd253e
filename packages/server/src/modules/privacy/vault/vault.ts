import { randomBytes } from 'node:crypto';
import {
  emit,
  inTransaction,
  type BlindIndexKind,
  type Ctx,
  type Db,
  type PersonalDataVault,
  type ReadCache,
  type SealRef,
} from '../../../platform/index.ts';
import { blindIndexOf } from './blind-index.ts';
import { destroyDataKey, findDataKey, insertDataKey, newDataKeyId } from './data-keys.ts';
import { openWithKey, parseCiphertext, sealWithKey } from './envelope.ts';
import { destroyUnusedRetiredKeys, isErasable, rewrapForErasure } from './erasure-rotation.ts';
import { KeyUnavailableError, type KeyEncryptionProvider } from './keyring.ts';
import { VaultError } from './vault-error.ts';

declare module '../../../platform/events/index.ts' {
  interface DomainEventMap {
    /** A person's data key was destroyed (erasure): every process drops its unwrapped copy. */
    'privacy.data_key_destroyed': { subjectId: string };
  }
}

/** An unwrapped data key; `key` null once destroyed (remembered, so reads need no query). */
export interface UnwrappedKey {
  dataKeyId: string;
  key: Buffer | null;
}

export interface VaultDependencies {
  keyEncryption: KeyEncryptionProvider;
  blindIndexKey: Buffer;
  /** Unwrapped keys by merchant and subject, dropped in every process when a key is destroyed. */
  keyCache: ReadCache<UnwrappedKey>;
}

/**
 * Envelope encryption of personal fields: one AES-256 data key per person, wrapped by a key-encryption
 * key. Unwrapped keys are cached, so a read costs one AES-GCM operation per field.
 */
export class Vault implements PersonalDataVault {
  /**
   * Keys an open transaction created or destroyed, by its transaction handle. Until it commits nobody
   * else may see them, and if it rolls back they never existed: they stay out of the shared cache.
   */
  private readonly ownedByTransaction = new WeakMap<Db, Map<string, UnwrappedKey>>();

  constructor(private readonly deps: VaultDependencies) {}

  async seal(ctx: Ctx, ref: SealRef, plaintext: string): Promise<string> {
    const entry = (await this.keyFor(ctx, ref.subjectId)) ?? (await this.createKey(ctx, ref.subjectId));
    if (!entry.key)
      throw new VaultError('subject_erased', `${ref.subjectId} was erased: nothing new is sealed for them`);
    return sealWithKey(entry.dataKeyId, entry.key, ref, plaintext);
  }

  async open(ctx: Ctx, ref: SealRef, ciphertext: string): Promise<string | undefined> {
    const parsed = parseCiphertext(ciphertext);
    const entry = await this.keyFor(ctx, ref.subjectId);
    if (!entry) throw new VaultError('no_data_key', `${ref.subjectId} has no data key`);
    if (!entry.key) return undefined;
    if (entry.dataKeyId !== parsed.dataKeyId)
      throw new VaultError(
        'wrong_subject',
        `${ref.table}.${ref.column} of ${ref.rowId} was sealed for someone else`,
      );
    return openWithKey(entry.key, ref, parsed);
  }

  async openMany(
    ctx: Ctx,
    subjectId: string,
    fields: readonly { ref: SealRef; ciphertext: string }[],
  ): Promise<(string | undefined)[]> {
    if (fields.length === 0) return [];
    const entry = await this.keyFor(ctx, subjectId);
    if (!entry) throw new VaultError('no_data_key', `${subjectId} has no data key`);
    const key = entry.key;
    if (!key) return fields.map(() => undefined);
    return fields.map(({ ref, ciphertext }) => {
      if (ref.subjectId !== subjectId)
        throw new VaultError('wrong_subject', `${ref.rowId} is not ${subjectId}'s`);
      const parsed = parseCiphertext(ciphertext);
      if (entry.dataKeyId !== parsed.dataKeyId)
        throw new VaultError(
          'wrong_subject',
          `${ref.table}.${ref.column} of ${ref.rowId} was sealed for someone else`,
        );
      return openWithKey(key, ref, parsed);
    });
  }

  blindIndex(kind: BlindIndexKind, merchantId: string, value: string): string {
    return blindIndexOf(this.deps.blindIndexKey, kind, merchantId, value);
  }

  async shred(ctx: Ctx, subjectId: string): Promise<void> {
    await inTransaction(ctx, async (tx) => {
      const dataKeyId = await destroyDataKey(tx.db, tx.merchantId, subjectId);
      if (!dataKeyId) throw new VaultError('wrong_subject', `${subjectId} belongs to another merchant`);
      // Backups too: the KEK every pre-erasure copy depends on is retired now and wiped after commit.
      if (isErasable(this.deps.keyEncryption)) await rewrapForErasure(tx.db, this.deps.keyEncryption);
      // Delivered after commit: drops a copy another process loaded while this transaction was open.
      await emit(tx, 'privacy.data_key_destroyed', { subjectId });
      if (ctx.inTransaction) this.own(tx, subjectId, { dataKeyId, key: null });
    });
    await this.forget(ctx.merchantId, subjectId);
  }

  /** Wipes retired KEKs no data key needs any more (after an erasure commits); returns their ids. */
  async destroyRetiredKeys(db: Db): Promise<string[]> {
    if (!isErasable(this.deps.keyEncryption)) return [];
    return destroyUnusedRetiredKeys(db, this.deps.keyEncryption);
  }

  /** Drops the subject's unwrapped key here and, through the cache's broadcaster, in every process. */
  async forget(merchantId: string, subjectId: string): Promise<void> {
    await this.deps.keyCache.invalidate([subjectTag(merchantId, subjectId)]);
  }

  private async keyFor(ctx: Ctx, subjectId: string): Promise<UnwrappedKey | undefined> {
    const owned = ctx.inTransaction
      ? this.ownedByTransaction.get(ctx.db)?.get(subjectTag(ctx.merchantId, subjectId))
      : undefined;
    if (owned) return owned;
    const cacheKey = subjectTag(ctx.merchantId, subjectId);
    return this.deps.keyCache.get(cacheKey, [cacheKey], () => this.load(ctx.db, ctx.merchantId, subjectId));
  }

  private async load(db: Db, merchantId: string, subjectId: string): Promise<UnwrappedKey | undefined> {
    const row = await findDataKey(db, merchantId, subjectId);
    if (!row) return undefined;
    if (!row.wrappedKey || !row.kekId) return { dataKeyId: row.id, key: null };
    try {
      return {
        dataKeyId: row.id,
        key: await this.deps.keyEncryption.unwrap(row.kekId, row.wrappedKey, row.id),
      };
    } catch (error) {
      if (error instanceof KeyUnavailableError) throw new VaultError('key_unavailable', error.message);
      throw error;
    }
  }

  private async createKey(ctx: Ctx, subjectId: string): Promise<UnwrappedKey> {
    const dataKeyId = newDataKeyId();
    const key = randomBytes(32);
    const { kekId, wrapped } = await this.deps.keyEncryption.wrap(key, dataKeyId);
    const row = { id: dataKeyId, merchantId: ctx.merchantId, subjectId, kekId, wrappedKey: wrapped };
    if (await insertDataKey(ctx.db, row)) {
      const entry = { dataKeyId, key };
      if (ctx.inTransaction) this.own(ctx, subjectId, entry);
      return entry;
    }
    // Another transaction made it first and has committed (the insert waited for it). Read it afresh, not
    // through the cache: a load that began before that commit (and found nothing) may still be in flight
    // there, and joining it would answer "no key".
    const winner = await this.load(ctx.db, ctx.merchantId, subjectId);
    if (!winner) throw new VaultError('wrong_subject', `${subjectId} belongs to another merchant`);
    return winner;
  }

  private own(tx: Ctx, subjectId: string, entry: UnwrappedKey): void {
    let owned = this.ownedByTransaction.get(tx.db);
    if (!owned) this.ownedByTransaction.set(tx.db, (owned = new Map()));
    owned.set(subjectTag(tx.merchantId, subjectId), entry);
  }
}

const subjectTag = (merchantId: string, subjectId: string) => `${merchantId}/${subjectId}`;

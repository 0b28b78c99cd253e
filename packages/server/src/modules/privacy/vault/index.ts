import type { AppConfig } from '../../../config.ts';
import {
  InProcessBroadcaster,
  ReadCache,
  type ReadCacheOptions,
  type Runtime,
} from '../../../platform/index.ts';
import { LocalKeyring, type KeyEncryptionProvider } from './keyring.ts';
import { Vault, type UnwrappedKey } from './vault.ts';

declare module '../../../platform/jobs/index.ts' {
  interface JobMap {
    'privacy.destroy_retired_keys': Record<string, never>;
  }
}

export { aesGcmDecrypt, aesGcmEncrypt, CryptoRefusedError, hmacSha256, verifyHmacSha256 } from './crypto.ts';
export { normaliseForIndex } from './blind-index.ts';
export {
  KeyUnavailableError,
  LocalKeyring,
  type KeyEncryptionProvider,
  type KeyringAuditSigner,
  type RotatableKeyEncryption,
} from './keyring.ts';
export { rotateMasterKey, type RotationReport } from './rotate.ts';
export { privacyDataKeys } from './tables.ts';
export { Vault } from './vault.ts';
export { VaultError } from './vault-error.ts';

export interface VaultOptions {
  config: Pick<AppConfig, 'keyringFile'>;
  now?: () => Date;
  /** The app's cache factory, so a destroyed key is dropped in every process; in-process when absent. */
  createCache?: Runtime['createCache'];
  /** The keyring to use, when the caller already opened it (the audit log signs with the same one). */
  keyring?: LocalKeyring;
  /** An external KMS wrapping the data keys instead of the keyring's KEKs. */
  keyEncryption?: KeyEncryptionProvider;
}

// Unwrapped keys are 32 bytes plus bookkeeping: 10,000 of them is a few MB. The TTL bounds how long a
// process could hold a key whose destruction message it missed.
const KEY_CACHE: ReadCacheOptions = { max: 10_000, ttlMs: 10 * 60_000 };

/** The keyring file named by the config (created on first boot), or testConfig's fixed in-memory one. */
export function openKeyring(config: Pick<AppConfig, 'keyringFile'>, now?: () => Date): LocalKeyring {
  return LocalKeyring.open(config.keyringFile, now);
}

export async function openVault(options: VaultOptions): Promise<Vault> {
  const keyring = options.keyring ?? openKeyring(options.config, options.now);
  let keyCache: ReadCache<UnwrappedKey>;
  if (options.createCache) {
    keyCache = options.createCache<UnwrappedKey>('privacy.data-keys', KEY_CACHE);
  } else {
    keyCache = new ReadCache<UnwrappedKey>('privacy.data-keys', KEY_CACHE, new InProcessBroadcaster());
    await keyCache.start();
  }
  return new Vault({
    keyEncryption: options.keyEncryption ?? keyring,
    blindIndexKey: keyring.blindIndexKey,
    keyCache,
  });
}

/** Drops a destroyed key in every process once the destruction has committed (see Vault.shred). */
export function setupVault(runtime: Runtime): void {
  runtime.events.on('privacy.data_key_destroyed', async (event, ctx) => {
    const vault = runtime.privacy.vault;
    if (!(vault instanceof Vault)) return;
    await vault.forget(event.merchantId, event.payload.subjectId);
    // The erasure has committed (this event is delivered after it): its retired KEK can go now.
    await vault.destroyRetiredKeys(ctx.db);
  });
  // And on a timer, for a KEK an interrupted erasure or rotation left retired.
  runtime.jobs.registerRecurring('privacy.destroy_retired_keys', 10 * 60_000, async (ctx) => {
    const vault = runtime.privacy.vault;
    if (vault instanceof Vault) await vault.destroyRetiredKeys(ctx.db);
  });
}

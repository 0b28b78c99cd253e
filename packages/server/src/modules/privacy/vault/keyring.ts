import { createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { aesGcmDecrypt, aesGcmEncrypt } from './crypto.ts';
import { decodeB64url, encodeB64url, lengthPrefixed } from './encoding.ts';
import {
  createKeyringFile,
  fileVersion,
  newKek,
  readKeyringFile,
  testKeyringDocument,
  validateKeyring,
  writeKeyringFile,
  type KekStatus,
  type KeyringDocument,
} from './keyring-file.ts';

/**
 * Wraps and unwraps data keys under a key-encryption key (KEK). The local keyring implements it; a cloud
 * KMS (AWS KMS Encrypt/Decrypt, Vault transit) can too, so the KEK never has to leave it. `context` is
 * the data key's id, bound into the wrapping so a wrapped key moved to another row does not unwrap.
 */
export interface KeyEncryptionProvider {
  readonly activeKeyId: string;
  wrap(dataKey: Uint8Array, context: string): Promise<{ kekId: string; wrapped: string }>;
  unwrap(kekId: string, wrapped: string, context: string): Promise<Buffer>;
}

/** What rotateMasterKey needs beyond wrapping: make a new KEK active, later disable the old ones. */
export interface RotatableKeyEncryption extends KeyEncryptionProvider {
  keyStatuses(): { id: string; status: KekStatus; createdAt: string }[];
  /** A new active KEK; the previous active one becomes retired (unwrap only). */
  activateNewKey(): Promise<string>;
  /** Retired KEKs become disabled: unwrapping with them is refused from then on. */
  disableRetiredKeys(): Promise<string[]>;
}

/**
 * The keyring's Ed25519 key the audit log signs its checkpoints with (the shape of audit/signing.ts's
 * AuditSigner). Signatures are base64.
 */
export interface KeyringAuditSigner {
  readonly keyId: string;
  /** SPKI PEM, for verifiers outside the process. */
  readonly publicKeyPem: string;
  sign(bytes: Uint8Array): string;
  /** False for a wrong signature or a key id other than this key's. */
  verify(keyId: string, bytes: Uint8Array, signature: string): boolean;
}

export class KeyUnavailableError extends Error {
  constructor(
    readonly kekId: string,
    status: 'disabled' | 'unknown',
  ) {
    super(`key-encryption key ${kekId} is ${status}`);
    this.name = 'KeyUnavailableError';
  }
}

const WRAP_LABEL = 'hexamall/data-key/1';

/** The keyring file (or testConfig's fixed in-memory keyring) as KEK provider, blind-index key and signer. */
export class LocalKeyring implements RotatableKeyEncryption {
  private doc: KeyringDocument;
  private version: string | undefined;
  private readonly signer: KeyringAuditSigner;

  private constructor(
    private readonly file: string | undefined,
    private readonly now: () => Date,
  ) {
    this.doc = file ? this.load(file) : validateKeyring(testKeyringDocument(), 'testConfig');
    this.signer = signerOf(this.doc.auditSigningKey);
  }

  /** The file's keyring, created (mode 0600) on first boot; `undefined` is the fixed test keyring. */
  static open(file: string | undefined, now: () => Date = () => new Date()): LocalKeyring {
    if (file === undefined) return (testKeyring ??= new LocalKeyring(undefined, now));
    if (!existsSync(file)) createKeyringFile(file, now());
    return new LocalKeyring(file, now);
  }

  /**
   * Whether erasure may rotate and destroy KEKs. Only a keyring file can: testConfig's fixed in-memory
   * keyring is shared by every app in a test process, and its destroyed keys would come back on restart.
   */
  get erasesByRotation(): boolean {
    return this.file !== undefined;
  }

  get activeKeyId(): string {
    return this.active().id;
  }

  get blindIndexKey(): Buffer {
    return Buffer.from(this.doc.blindIndexKey.key, 'base64');
  }

  auditSigner(): KeyringAuditSigner {
    return this.signer;
  }

  keyStatuses() {
    return this.doc.keyEncryptionKeys.map(({ id, status, createdAt }) => ({ id, status, createdAt }));
  }

  async wrap(dataKey: Uint8Array, context: string): Promise<{ kekId: string; wrapped: string }> {
    // A rotation run by `hexamall keys rotate` in another process changes the file: never wrap under a
    // KEK that is no longer active there.
    this.refresh();
    const kek = this.active();
    const iv = randomBytes(12);
    const { ciphertext, tag } = aesGcmEncrypt(keyOf(kek.key), iv, dataKey, wrapAad(kek.id, context));
    return {
      kekId: kek.id,
      wrapped: `${encodeB64url(iv)}.${encodeB64url(Buffer.concat([ciphertext, tag]))}`,
    };
  }

  async unwrap(kekId: string, wrapped: string, context: string): Promise<Buffer> {
    this.refresh();
    const kek = this.doc.keyEncryptionKeys.find((k) => k.id === kekId);
    if (!kek) throw new KeyUnavailableError(kekId, 'unknown');
    if (kek.status === 'disabled' || kek.status === 'destroyed')
      throw new KeyUnavailableError(kekId, 'disabled');
    const [iv, body] = wrapped.split('.').map(decodeB64url);
    if (!iv || !body || iv.length !== 12 || body.length !== 32 + 16) throw new Error('malformed wrapped key');
    return aesGcmDecrypt(
      keyOf(kek.key),
      iv,
      body.subarray(0, 32),
      wrapAad(kek.id, context),
      body.subarray(32),
    );
  }

  async activateNewKey(): Promise<string> {
    const next = newKek(this.now());
    this.update((doc) => ({
      ...doc,
      keyEncryptionKeys: [
        ...doc.keyEncryptionKeys.map((k) =>
          k.status === 'active' ? { ...k, status: 'retired' as const } : k,
        ),
        next,
      ],
    }));
    return next.id;
  }

  async disableRetiredKeys(): Promise<string[]> {
    const retired = this.doc.keyEncryptionKeys.filter((k) => k.status === 'retired').map((k) => k.id);
    this.update((doc) => ({
      ...doc,
      keyEncryptionKeys: doc.keyEncryptionKeys.map((k) =>
        k.status === 'retired' ? { ...k, status: 'disabled' as const } : k,
      ),
    }));
    return retired;
  }

  /**
   * Wipes the material of these retired KEKs (the caller has checked no live data key needs them). Unlike
   * disabling, this cannot be undone by editing the file: it is what makes pre-erasure backups noise.
   */
  async destroyKeys(kekIds: readonly string[]): Promise<string[]> {
    const doomed = this.doc.keyEncryptionKeys
      .filter((k) => kekIds.includes(k.id) && k.status === 'retired')
      .map((k) => k.id);
    if (doomed.length === 0) return [];
    this.update((doc) => ({
      ...doc,
      keyEncryptionKeys: doc.keyEncryptionKeys.map((k) =>
        doomed.includes(k.id) ? { ...k, key: '', status: 'destroyed' as const } : k,
      ),
    }));
    return doomed;
  }

  private update(change: (doc: KeyringDocument) => KeyringDocument): void {
    this.refresh();
    const next = validateKeyring(change(this.doc), this.file ?? 'testConfig');
    if (this.file) {
      writeKeyringFile(this.file, next);
      this.version = fileVersion(this.file);
    }
    this.doc = next;
  }

  private active() {
    return this.doc.keyEncryptionKeys.find((k) => k.status === 'active')!;
  }

  private refresh(): void {
    if (this.file && fileVersion(this.file) !== this.version) this.doc = this.load(this.file);
  }

  private load(file: string): KeyringDocument {
    const version = fileVersion(file);
    const doc = readKeyringFile(file);
    this.version = version;
    return doc;
  }
}

let testKeyring: LocalKeyring | undefined;

const keyOf = (b64: string) => Buffer.from(b64, 'base64');
const wrapAad = (kekId: string, context: string) => lengthPrefixed([WRAP_LABEL, kekId, context]);

function signerOf(entry: KeyringDocument['auditSigningKey']): KeyringAuditSigner {
  const privateKey: KeyObject = createPrivateKey(entry.privateKey);
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: entry.id,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (bytes) => sign(null, bytes, privateKey).toString('base64'),
    verify: (keyId, bytes, signature) => {
      if (keyId !== entry.id) return false;
      try {
        return verify(null, bytes, publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

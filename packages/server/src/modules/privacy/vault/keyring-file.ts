import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { newUlid } from '../../../platform/index.ts';

/**
 * The keyring as it lies on disk. Only key-encryption keys, the blind-index key and the audit signing
 * key live here; data keys live in the database, wrapped.
 */
export interface KeyringDocument {
  format: 'hexamall-keyring/1';
  keyEncryptionKeys: KekEntry[];
  blindIndexKey: { id: string; key: string; createdAt: string };
  auditSigningKey: { id: string; publicKey: string; privateKey: string; createdAt: string };
}

/**
 * active: wraps and unwraps; exactly one. retired: unwraps only, while a rotation moves data keys off
 * it (and after a rotation that stopped half-way). disabled: refused for everything. destroyed: its key
 * material is gone, so data keys it wrapped, in any copy of the database, can never be unwrapped again
 * (erasure rotates the master key and destroys the old one: see vault/erasure-rotation.ts).
 */
export type KekStatus = 'active' | 'retired' | 'disabled' | 'destroyed';

export interface KekEntry {
  id: string;
  /** base64 of 32 random bytes. */
  key: string;
  status: KekStatus;
  createdAt: string;
}

export const newKeyId = (prefix: 'kek' | 'bik' | 'sig') => `${prefix}_${newUlid()}`;

export function newKek(now: Date): KekEntry {
  return {
    id: newKeyId('kek'),
    key: randomBytes(32).toString('base64'),
    status: 'active',
    createdAt: now.toISOString(),
  };
}

export function newKeyringDocument(now: Date): KeyringDocument {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    format: 'hexamall-keyring/1',
    keyEncryptionKeys: [newKek(now)],
    blindIndexKey: {
      id: newKeyId('bik'),
      key: randomBytes(32).toString('base64'),
      createdAt: now.toISOString(),
    },
    auditSigningKey: {
      id: newKeyId('sig'),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      createdAt: now.toISOString(),
    },
  };
}

/**
 * The fixed keyring of testConfig: the same in every app a test process builds, so a restart test that
 * reopens its database with a new app still decrypts. Never written anywhere.
 */
export function testKeyringDocument(): KeyringDocument {
  const bytes = (label: string) => createHash('sha256').update(`hexamall test keyring: ${label}`).digest();
  // PKCS#8 prefix of an Ed25519 private key; the 32-byte seed follows.
  const seedDer = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), bytes('audit')]);
  return {
    format: 'hexamall-keyring/1',
    keyEncryptionKeys: [
      {
        id: 'kek_test',
        key: bytes('kek').toString('base64'),
        status: 'active',
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    blindIndexKey: {
      id: 'bik_test',
      key: bytes('blind index').toString('base64'),
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    auditSigningKey: {
      id: 'sig_test',
      publicKey: '',
      privateKey: `-----BEGIN PRIVATE KEY-----\n${seedDer.toString('base64')}\n-----END PRIVATE KEY-----\n`,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

/** Throws with the reason when the document is not a usable keyring; never echoes key material. */
export function validateKeyring(doc: KeyringDocument, source: string): KeyringDocument {
  const fail = (why: string): never => {
    throw new Error(`keyring ${source}: ${why}`);
  };
  if (doc?.format !== 'hexamall-keyring/1') fail('unknown format (expected "hexamall-keyring/1")');
  if (!Array.isArray(doc.keyEncryptionKeys)) fail('keyEncryptionKeys is missing');
  const ids = new Set<string>();
  for (const kek of doc.keyEncryptionKeys) {
    if (typeof kek.id !== 'string' || !kek.id.startsWith('kek_'))
      fail('a key-encryption key id must start with kek_');
    if (ids.has(kek.id)) fail(`key-encryption key ${kek.id} appears twice`);
    ids.add(kek.id);
    if (!['active', 'retired', 'disabled', 'destroyed'].includes(kek.status))
      fail(`${kek.id} has an unknown status`);
    if (kek.status === 'destroyed') {
      if (kek.key !== '') fail(`${kek.id} is destroyed but still holds key material`);
    } else if (Buffer.from(kek.key ?? '', 'base64').length !== 32)
      fail(`${kek.id} is not 32 bytes of base64`);
  }
  const active = doc.keyEncryptionKeys.filter((k) => k.status === 'active').length;
  if (active !== 1) fail(`exactly one key-encryption key must be active, found ${active}`);
  if (Buffer.from(doc.blindIndexKey?.key ?? '', 'base64').length !== 32)
    fail('blindIndexKey is not 32 bytes');
  if (!doc.auditSigningKey?.privateKey) fail('auditSigningKey is missing');
  return doc;
}

export function readKeyringFile(file: string): KeyringDocument {
  const mode = statSync(file).mode;
  // Like ssh with a private key: a keyring others can read is already compromised, so say so loudly.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0)
    throw new Error(
      `keyring ${file} is readable by other users (mode ${(mode & 0o777).toString(8)}): chmod 600 it`,
    );
  return validateKeyring(JSON.parse(readFileSync(file, 'utf8')) as KeyringDocument, file);
}

/** Replaces the file atomically: readers see the old keyring or the new one, never half of one. */
export function writeKeyringFile(file: string, doc: KeyringDocument): void {
  const temp = writeTemp(file, validateKeyring(doc, file));
  renameSync(temp, file);
  syncDirectory(file);
}

/**
 * Creates the file unless another process did first (link fails when the name exists), so two servers
 * booting together on one data folder agree on one keyring. Returns what is on disk afterwards.
 */
export function createKeyringFile(file: string, now: Date): KeyringDocument {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = writeTemp(file, newKeyringDocument(now));
  try {
    linkSync(temp, file);
    syncDirectory(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  return readKeyringFile(file);
}

/** Identity of the file's current version: an atomic replace changes the inode. */
export function fileVersion(file: string): string {
  const s = statSync(file);
  return `${s.ino}:${s.mtimeMs}:${s.size}`;
}

function writeTemp(file: string, doc: KeyringDocument): string {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(doc, null, 2) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function syncDirectory(file: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dirname(file), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

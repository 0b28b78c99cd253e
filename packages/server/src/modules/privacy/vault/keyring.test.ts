import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CryptoRefusedError } from './crypto.ts';
import { createKeyringFile, type KeyringDocument } from './keyring-file.ts';
import { KeyUnavailableError, LocalKeyring } from './keyring.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'hexamall-keyring-')), 'keys', 'keyring.json');
const readDoc = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as KeyringDocument;
const posix = process.platform !== 'win32';

describe('local keyring', () => {
  it('creates the file on first open, private to its owner, and reads the same keys back', async () => {
    const file = tempFile();
    const keyring = LocalKeyring.open(file);
    if (posix) expect(statSync(file).mode & 0o777).toBe(0o600);
    const doc = readDoc(file);
    expect(doc.keyEncryptionKeys).toEqual([
      { id: keyring.activeKeyId, key: expect.any(String), status: 'active', createdAt: expect.any(String) },
    ]);
    expect(Buffer.from(doc.keyEncryptionKeys[0]!.key, 'base64')).toHaveLength(32);
    expect(doc.auditSigningKey.privateKey).toContain('BEGIN PRIVATE KEY');

    const reopened = LocalKeyring.open(file);
    expect(reopened.activeKeyId).toBe(keyring.activeKeyId);
    expect(reopened.blindIndexKey.equals(keyring.blindIndexKey)).toBe(true);
    const { kekId, wrapped } = await keyring.wrap(Buffer.alloc(32, 7), 'dk_1');
    expect(await reopened.unwrap(kekId, wrapped, 'dk_1')).toEqual(Buffer.alloc(32, 7));
    expect(readdirSync(join(file, '..'))).toEqual(['keyring.json']);
  });

  it('keeps the first keyring when two processes create it at once', () => {
    const file = tempFile();
    const first = createKeyringFile(file, new Date());
    const second = createKeyringFile(file, new Date());
    expect(second.keyEncryptionKeys[0]!.id).toBe(first.keyEncryptionKeys[0]!.id);
  });

  it.runIf(posix)('refuses a keyring file other users can read', () => {
    const file = tempFile();
    LocalKeyring.open(file);
    chmodSync(file, 0o644);
    expect(() => LocalKeyring.open(file)).toThrow(/readable by other users/);
  });

  it('refuses a keyring without exactly one active key', () => {
    const file = tempFile();
    LocalKeyring.open(file);
    const doc = readDoc(file);
    doc.keyEncryptionKeys[0]!.status = 'retired';
    writeFileSync(file, JSON.stringify(doc), { mode: 0o600 });
    expect(() => LocalKeyring.open(file)).toThrow(/exactly one key-encryption key must be active, found 0/);
  });

  it('binds a wrapped key to its data key id and refuses disabled or unknown KEKs', async () => {
    const keyring = LocalKeyring.open(tempFile());
    const { kekId, wrapped } = await keyring.wrap(Buffer.alloc(32, 1), 'dk_a');
    await expect(keyring.unwrap(kekId, wrapped, 'dk_b')).rejects.toBeInstanceOf(CryptoRefusedError);
    await expect(keyring.unwrap('kek_nope', wrapped, 'dk_a')).rejects.toBeInstanceOf(KeyUnavailableError);

    const next = await keyring.activateNewKey();
    expect(keyring.activeKeyId).toBe(next);
    expect(await keyring.unwrap(kekId, wrapped, 'dk_a')).toEqual(Buffer.alloc(32, 1)); // retired: unwraps
    expect(await keyring.disableRetiredKeys()).toEqual([kekId]);
    await expect(keyring.unwrap(kekId, wrapped, 'dk_a')).rejects.toThrow(`${kekId} is disabled`);
    expect(keyring.keyStatuses().map((k) => [k.id, k.status])).toEqual([
      [kekId, 'disabled'],
      [next, 'active'],
    ]);
  });

  it("wraps under the file's active key after another process rotated it", async () => {
    const file = tempFile();
    const server = LocalKeyring.open(file);
    const cli = LocalKeyring.open(file);
    const old = server.activeKeyId;
    const next = await cli.activateNewKey();
    expect(next).not.toBe(old);
    expect((await server.wrap(Buffer.alloc(32), 'dk_x')).kekId).toBe(next);
    await cli.disableRetiredKeys();
    const wrappedByOld = await LocalKeyring.open(undefined).wrap(Buffer.alloc(32), 'dk_y');
    await expect(server.unwrap(old, wrappedByOld.wrapped, 'dk_y')).rejects.toThrow('disabled');
  });

  it('signs with the audit key and verifies only its own, untampered signatures', () => {
    const file = tempFile();
    const signer = LocalKeyring.open(file).auditSigner();
    const message = Buffer.from('checkpoint 42');
    const signature = signer.sign(message);
    expect(signer.verify(signer.keyId, message, signature)).toBe(true);
    expect(signer.verify(signer.keyId, Buffer.from('checkpoint 43'), signature)).toBe(false);
    expect(signer.verify('sig_other', message, signature)).toBe(false);
    expect(signer.verify(signer.keyId, message, 'not base64 at all')).toBe(false);
    const again = LocalKeyring.open(file).auditSigner();
    expect(again.keyId).toBe(signer.keyId);
    expect(again.verify(signer.keyId, message, signature)).toBe(true);
    expect(signer.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  it('gives tests one fixed in-memory keyring', () => {
    const a = LocalKeyring.open(undefined);
    expect(LocalKeyring.open(undefined)).toBe(a);
    expect(a.activeKeyId).toBe('kek_test');
    expect(a.auditSigner().keyId).toBe('sig_test');
  });
});

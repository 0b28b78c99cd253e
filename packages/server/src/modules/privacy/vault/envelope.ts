import { randomBytes } from 'node:crypto';
import type { SealRef } from '../../../platform/index.ts';
import { aesGcmDecrypt, aesGcmEncrypt, CryptoRefusedError } from './crypto.ts';
import { decodeB64url, encodeB64url, lengthPrefixed } from './encoding.ts';
import { VaultError } from './vault-error.ts';

/**
 * `hx1.<dataKeyId>.<b64url iv>.<b64url ciphertext+tag>`: the version says how to read the rest, the key
 * id says which data key sealed it. Table, column and row id are the associated data, so a value copied
 * to another row or column, even of the same person, fails its tag.
 */
const VERSION = 'hx1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface ParsedCiphertext {
  dataKeyId: string;
  iv: Buffer;
  body: Buffer;
}

export function sealWithKey(dataKeyId: string, key: Buffer, ref: SealRef, plaintext: string): string {
  // 96-bit random IVs: at 2^32 values per data key the collision odds stay below 2^-32 (SP 800-38D 8.3);
  // a data key seals one person's handful of fields, many orders of magnitude fewer.
  const iv = randomBytes(IV_BYTES);
  const { ciphertext, tag } = aesGcmEncrypt(key, iv, Buffer.from(plaintext, 'utf8'), associatedData(ref));
  return `${VERSION}.${dataKeyId}.${encodeB64url(iv)}.${encodeB64url(Buffer.concat([ciphertext, tag]))}`;
}

export function openWithKey(key: Buffer, ref: SealRef, parsed: ParsedCiphertext): string {
  const { iv, body } = parsed;
  try {
    const ciphertext = body.subarray(0, body.length - TAG_BYTES);
    const tag = body.subarray(body.length - TAG_BYTES);
    return aesGcmDecrypt(key, iv, ciphertext, associatedData(ref), tag).toString('utf8');
  } catch (error) {
    if (error instanceof CryptoRefusedError)
      throw new VaultError('tampered', `${ref.table}.${ref.column} of ${ref.rowId} does not authenticate`);
    throw error;
  }
}

const CIPHERTEXT = /^hx1\.(dk_[0-9a-z]{26})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]+)$/;

export function parseCiphertext(text: string): ParsedCiphertext {
  const match = CIPHERTEXT.exec(text);
  if (!match) throw new VaultError('malformed', 'not an hx1 ciphertext');
  const iv = decodeB64url(match[2]!);
  const body = decodeB64url(match[3]!);
  if (!iv || iv.length !== IV_BYTES || !body || body.length < TAG_BYTES)
    throw new VaultError('malformed', 'bad IV or body');
  return { dataKeyId: match[1]!, iv, body };
}

function associatedData(ref: SealRef): Buffer {
  if (!ref.table || !ref.column || !ref.rowId)
    throw new Error('a SealRef needs its table, column and row id');
  return lengthPrefixed([VERSION, ref.table, ref.column, ref.rowId]);
}

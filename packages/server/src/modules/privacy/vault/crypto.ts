import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  timingSafeEqual,
  type CipherGCMTypes,
} from 'node:crypto';

/**
 * The only place the vault touches a cipher. Generic in key, IV and tag sizes so the Wycheproof vectors
 * run through exactly this code (crypto.test.ts); the vault itself always uses AES-256, 96-bit IVs and
 * 128-bit tags.
 */

/** A ciphertext or MAC that does not verify, or parameters we refuse to use. Never carries key material. */
export class CryptoRefusedError extends Error {
  constructor(
    readonly reason: 'authentication_failed' | 'bad_parameters',
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'CryptoRefusedError';
  }
}

const GCM_BY_KEY_LENGTH: Record<number, CipherGCMTypes> = {
  16: 'aes-128-gcm',
  24: 'aes-192-gcm',
  32: 'aes-256-gcm',
};

// An empty IV leaks the GHASH key (CVE-2017-7822); OpenSSL as Node ships it caps GCM IVs at 128 bytes.
const IV_BYTES = { min: 1, max: 128 } as const;
// NIST SP 800-38D allows 4- and 8-byte tags only for special uses; we never accept them.
const TAG_BYTES = { min: 12, max: 16 } as const;
// RFC 2104: a truncated HMAC keeps at least half its bits (and at least 80).
const HMAC_MIN_BYTES = 16;

export interface GcmSealed {
  ciphertext: Buffer;
  tag: Buffer;
}

export function aesGcmEncrypt(
  key: Uint8Array,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  tagLength = 16,
): GcmSealed {
  const algorithm = gcmFor(key, iv, tagLength);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagLength });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

/** The plaintext, or CryptoRefusedError when the tag does not verify: nothing unauthenticated escapes. */
export function aesGcmDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
  tag: Uint8Array,
): Buffer {
  const algorithm = gcmFor(key, iv, tag.length);
  // authTagLength pins the expected tag size: without it Node would accept a truncated tag.
  const decipher = createDecipheriv(algorithm, key, iv, { authTagLength: tag.length });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const plaintext = decipher.update(ciphertext);
  try {
    return Buffer.concat([plaintext, decipher.final()]);
  } catch {
    plaintext.fill(0);
    throw new CryptoRefusedError('authentication_failed', 'the GCM tag does not verify');
  }
}

/** HMAC-SHA256, truncated to `tagLength` bytes (the leftmost, as RFC 2104 section 5). */
export function hmacSha256(key: Uint8Array, message: Uint8Array, tagLength = 32): Buffer {
  if (!Number.isInteger(tagLength) || tagLength < HMAC_MIN_BYTES || tagLength > 32)
    throw new CryptoRefusedError('bad_parameters', `HMAC tag length ${tagLength}`);
  return createHmac('sha256', key).update(message).digest().subarray(0, tagLength);
}

/** Constant-time check of a (possibly truncated) HMAC-SHA256 tag; its length selects the truncation. */
export function verifyHmacSha256(key: Uint8Array, message: Uint8Array, tag: Uint8Array): boolean {
  if (tag.length < HMAC_MIN_BYTES || tag.length > 32) return false;
  return timingSafeEqual(hmacSha256(key, message, tag.length), tag);
}

function gcmFor(key: Uint8Array, iv: Uint8Array, tagLength: number): CipherGCMTypes {
  const algorithm = GCM_BY_KEY_LENGTH[key.length];
  if (!algorithm) throw new CryptoRefusedError('bad_parameters', `AES key of ${key.length} bytes`);
  if (iv.length < IV_BYTES.min || iv.length > IV_BYTES.max)
    throw new CryptoRefusedError('bad_parameters', `GCM IV of ${iv.length} bytes`);
  if (!Number.isInteger(tagLength) || tagLength < TAG_BYTES.min || tagLength > TAG_BYTES.max)
    throw new CryptoRefusedError('bad_parameters', `GCM tag of ${tagLength} bytes`);
  return algorithm;
}

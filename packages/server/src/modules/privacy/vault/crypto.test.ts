import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, CryptoRefusedError, hmacSha256, verifyHmacSha256 } from './crypto.ts';

// ../shared/datasets beside the repository, found the way test/security/payloads.ts finds it.
const WYCHEPROOF = new URL('../../../../../../../shared/datasets/security/wycheproof/', import.meta.url);

interface Vector {
  tcId: number;
  comment: string;
  flags: string[];
  key: string;
  msg: string;
  tag: string;
  result: 'valid' | 'invalid' | 'acceptable';
  iv?: string;
  aad?: string;
  ct?: string;
}
interface Suite {
  numberOfTests: number;
  testGroups: { tagSize: number; tests: Vector[] }[];
}

const load = (name: string) => JSON.parse(readFileSync(new URL(name, WYCHEPROOF), 'utf8')) as Suite;
const hex = (s: string | undefined) => Buffer.from(s ?? '', 'hex');
const vectorsOf = (suite: Suite) => suite.testGroups.flatMap((g) => g.tests.map((t) => ({ ...t, group: g })));

function refusal(fn: () => unknown): CryptoRefusedError['reason'] | 'accepted' {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    if (error instanceof CryptoRefusedError) return error.reason;
    throw error;
  }
}

describe('AES-GCM through our wrapper: Wycheproof aes_gcm_test.json', () => {
  const suite = load('aes_gcm_test.json');
  const vectors = vectorsOf(suite);
  // Node's OpenSSL refuses GCM IVs over 128 bytes; these valid vectors use 257. The vault only ever uses
  // 12-byte IVs, so we refuse them openly rather than carry our own GHASH (decision 0006).
  const overlongIv = vectors.filter((v) => hex(v.iv).length > 128);

  it('reads every vector in the file', () => {
    expect(vectors.length).toBe(suite.numberOfTests);
    expect(vectors.filter((v) => v.result === 'acceptable')).toEqual([]);
  });

  it('matches every valid vector, both ways', () => {
    const valid = vectors.filter((v) => v.result === 'valid' && !overlongIv.includes(v));
    expect(valid.length).toBeGreaterThan(200);
    const wrong: number[] = [];
    for (const v of valid) {
      const sealed = aesGcmEncrypt(hex(v.key), hex(v.iv), hex(v.msg), hex(v.aad), hex(v.tag).length);
      const opened = aesGcmDecrypt(hex(v.key), hex(v.iv), hex(v.ct), hex(v.aad), hex(v.tag));
      if (
        !sealed.ciphertext.equals(hex(v.ct)) ||
        !sealed.tag.equals(hex(v.tag)) ||
        !opened.equals(hex(v.msg))
      )
        wrong.push(v.tcId);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every invalid vector', () => {
    const invalid = vectors.filter((v) => v.result === 'invalid');
    expect(invalid.length).toBeGreaterThan(80);
    const accepted = invalid.filter(
      (v) =>
        refusal(() => aesGcmDecrypt(hex(v.key), hex(v.iv), hex(v.ct), hex(v.aad), hex(v.tag))) === 'accepted',
    );
    expect(accepted.map((v) => v.tcId)).toEqual([]);
  });

  it('refuses to encrypt with an empty IV (the invalid ZeroLengthIv vectors)', () => {
    const zeroIv = vectors.filter((v) => v.flags.includes('ZeroLengthIv'));
    expect(zeroIv.length).toBeGreaterThan(0);
    for (const v of zeroIv)
      expect(refusal(() => aesGcmEncrypt(hex(v.key), hex(v.iv), hex(v.msg), hex(v.aad)))).toBe(
        'bad_parameters',
      );
  });

  it('refuses, by stated policy only, the valid vectors with IVs over 128 bytes', () => {
    expect(overlongIv.map((v) => [v.result, hex(v.iv).length])).toEqual([
      ['valid', 257],
      ['valid', 257],
      ['valid', 257],
    ]);
    for (const v of overlongIv)
      expect(refusal(() => aesGcmDecrypt(hex(v.key), hex(v.iv), hex(v.ct), hex(v.aad), hex(v.tag)))).toBe(
        'bad_parameters',
      );
  });

  it('refuses a truncated tag instead of checking only its prefix', () => {
    const v = vectors.find((t) => t.result === 'valid' && hex(t.iv).length === 12)!;
    const short = hex(v.tag).subarray(0, 8);
    expect(refusal(() => aesGcmDecrypt(hex(v.key), hex(v.iv), hex(v.ct), hex(v.aad), short))).toBe(
      'bad_parameters',
    );
  });
});

describe('HMAC-SHA256 through our wrapper: Wycheproof hmac_sha256_test.json', () => {
  const suite = load('hmac_sha256_test.json');
  const vectors = vectorsOf(suite);

  it('reads every vector in the file', () => {
    expect(vectors.length).toBe(suite.numberOfTests);
    expect(vectors.filter((v) => v.result === 'acceptable')).toEqual([]);
  });

  it('computes and verifies every valid tag, truncated to the group tag size', () => {
    const valid = vectors.filter((v) => v.result === 'valid');
    expect(valid.length).toBeGreaterThan(60);
    const wrong = valid.filter(
      (v) =>
        !hmacSha256(hex(v.key), hex(v.msg), v.group.tagSize / 8).equals(hex(v.tag)) ||
        !verifyHmacSha256(hex(v.key), hex(v.msg), hex(v.tag)),
    );
    expect(wrong.map((v) => v.tcId)).toEqual([]);
  });

  it('refuses every invalid tag', () => {
    const invalid = vectors.filter((v) => v.result === 'invalid');
    expect(invalid.length).toBeGreaterThan(100);
    const accepted = invalid.filter((v) => verifyHmacSha256(hex(v.key), hex(v.msg), hex(v.tag)));
    expect(accepted.map((v) => v.tcId)).toEqual([]);
  });

  it('refuses tags truncated below 128 bits', () => {
    const v = vectors.find((t) => t.result === 'valid')!;
    expect(verifyHmacSha256(hex(v.key), hex(v.msg), hex(v.tag).subarray(0, 8))).toBe(false);
    expect(refusal(() => hmacSha256(hex(v.key), hex(v.msg), 8))).toBe('bad_parameters');
  });
});

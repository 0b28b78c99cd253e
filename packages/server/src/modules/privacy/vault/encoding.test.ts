import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeB64url, encodeB64url, lengthPrefixed } from './encoding.ts';

describe('strict base64url', () => {
  it('decodes what encodeB64url makes, for every length of a group', () => {
    for (let n = 0; n < 40; n += 1) {
      const bytes = randomBytes(n);
      expect(decodeB64url(encodeB64url(bytes))).toEqual(bytes);
    }
  });

  it('refuses every other spelling of the same bytes', () => {
    expect(decodeB64url('QQ')).toEqual(Buffer.from('A'));
    expect(decodeB64url('QR')).toBeUndefined(); // spare bits set: Buffer.from would also give "A"
    expect(decodeB64url('QUI')).toEqual(Buffer.from('AB'));
    expect(decodeB64url('QUJ')).toBeUndefined();
    expect(decodeB64url('QQ==')).toBeUndefined();
    expect(decodeB64url('Q+/A')).toBeUndefined();
    expect(decodeB64url('QUJD Q')).toBeUndefined();
    expect(decodeB64url('QUJDR')).toBeUndefined(); // no byte ends after one character
  });
});

describe('lengthPrefixed', () => {
  it('keeps part boundaries apart, in UTF-8', () => {
    expect(lengthPrefixed(['a.b', 'c']).equals(lengthPrefixed(['a', 'b.c']))).toBe(false);
    expect(lengthPrefixed(['表', ''])).toEqual(Buffer.from([0, 0, 0, 3, 0xe8, 0xa1, 0xa8, 0, 0, 0, 0]));
  });
});

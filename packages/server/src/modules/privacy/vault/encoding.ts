const B64URL = /^[A-Za-z0-9_-]*$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export const encodeB64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * Strict: Buffer.from(s, 'base64url') skips characters it does not know and ignores a last character's
 * spare bits, so different strings could decode to the same bytes. Only the canonical, unpadded
 * encoding of some bytes is accepted.
 */
export function decodeB64url(text: string): Buffer | undefined {
  const tail = text.length % 4;
  if (tail === 1 || !B64URL.test(text)) return undefined;
  // The last character of a partial group carries 4 (two characters) or 2 (three) unused bits: all zero.
  const spare = tail === 2 ? 0b1111 : tail === 3 ? 0b11 : 0;
  if (spare !== 0 && (ALPHABET.indexOf(text[text.length - 1]!) & spare) !== 0) return undefined;
  return Buffer.from(text, 'base64url');
}

/**
 * Each part as a 4-byte big-endian length and its UTF-8 bytes: ("a.b", "c") and ("a", "b.c") differ,
 * which joining with a separator would not guarantee. One allocation: it runs on every field read.
 */
export function lengthPrefixed(parts: readonly string[]): Buffer {
  let size = 0;
  for (const part of parts) size += 4 + Buffer.byteLength(part, 'utf8');
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const part of parts) {
    const length = out.write(part, offset + 4, 'utf8');
    out.writeUInt32BE(length, offset);
    offset += 4 + length;
  }
  return out;
}

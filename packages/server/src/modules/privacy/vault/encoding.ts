const B64URL = /^[A-Za-z0-9_-]*$/;

export const encodeB64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/**
 * Strict: Buffer.from(s, 'base64url') skips characters it does not know, so two different strings
 * could decode to the same bytes. Only the canonical encoding of some bytes is accepted.
 */
export function decodeB64url(text: string): Buffer | undefined {
  if (!B64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/**
 * Each part as a 4-byte big-endian length and its UTF-8 bytes: ("a.b", "c") and ("a", "b.c") differ,
 * which joining with a separator would not guarantee.
 */
export function lengthPrefixed(parts: readonly string[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const bytes = Buffer.from(part, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    chunks.push(length, bytes);
  }
  return Buffer.concat(chunks);
}

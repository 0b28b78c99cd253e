import type { BlindIndexKind } from '../../../platform/index.ts';
import { hmacSha256 } from './crypto.ts';
import { lengthPrefixed } from './encoding.ts';

/**
 * The form two spellings of one value share, so "Ann@Example.com " finds "ann@example.com". NFKC first:
 * full-width digits and letters, common from Chinese input methods, become ASCII.
 */
export function normaliseForIndex(kind: BlindIndexKind, value: string): string {
  const text = value.normalize('NFKC').trim();
  switch (kind) {
    case 'email':
      return text.toLowerCase();
    case 'phone':
      return (text.startsWith('+') ? '+' : '') + text.replace(/\D/g, '');
    case 'id_number':
      return text.toUpperCase();
    // A device id is an opaque token: beyond NFKC and trimming, any change could merge two devices.
    case 'device':
      return text;
    // Typed by people: "1 Wensan  Road" and "1 wensan road" are one address.
    case 'address':
      return text.toLowerCase().replace(/\s+/g, ' ');
  }
}

/**
 * HMAC-SHA256 under the blind-index key (never a data key: look-ups must work across people) over kind,
 * merchant and value, so equal emails at two merchants, or a phone equal to an id number, index apart.
 */
export function blindIndexOf(key: Buffer, kind: BlindIndexKind, merchantId: string, value: string): string {
  const message = lengthPrefixed([
    'hexamall/blind-index/1',
    kind,
    merchantId,
    normaliseForIndex(kind, value),
  ]);
  return hmacSha256(key, message).toString('base64url');
}

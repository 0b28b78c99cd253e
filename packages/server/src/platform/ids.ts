import { ulid } from 'ulidx';

/** Prefixes say what an id names, so a log line or a support ticket is self-explanatory. */
export const ID_PREFIXES = [
  'mer',
  'stf',
  'cus',
  'ses',
  'pkey',
  'pkch',
  'adr',
  'prod',
  'sku',
  'cat',
  'brand',
  'imp',
  'cart',
  'citem',
  'ord',
  'oitem',
  'otr',
  'res',
  'smv',
  'pay',
  'ref',
  'ship',
  'trk',
  'tpl',
  'evt',
  'job',
  'req',
  'rsk',
  'cns',
  'prq',
  'alert',
  // Coupons: templates, claimed coupons, redemptions; reviews.
  'cpt',
  'ccp',
  'crd',
  'rev',
] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/** Time-ordered (ULID) so ids double as stable cursor keys. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid().toLowerCase()}`;
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`) && id.length === prefix.length + 27;
}

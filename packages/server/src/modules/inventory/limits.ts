/**
 * Bounds on quantities. Postgres `integer` columns hold up to 2^31-1, so on-hand stays well below it and a
 * reservation (added to `reserved`) can never overflow; requests beyond these are refused, not clamped.
 */
export const MAX_ON_HAND = 1_000_000_000;
export const MAX_LINE_QUANTITY = 1_000_000;
export const MAX_LINES = 200;
export const MAX_SKU_IDS = 100;
export const MAX_REASON_LENGTH = 200;

import { Type, type Static } from 'typebox';

/** Minor units (fen, cents). Capped so sums of many lines stay exact in a JS number and a bigint column. */
export const MAX_MINOR_AMOUNT = 100_000_000_000; // 1 billion in major units
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const MinorAmount = Type.Integer({
  minimum: 0,
  maximum: MAX_MINOR_AMOUNT,
  description: 'Minor units',
});
export const CurrencyCode = Type.Union(
  [Type.Literal('CNY'), Type.Literal('USD'), Type.Literal('EUR'), Type.Literal('HKD')],
  {
    description: 'ISO 4217 code',
  },
);
export const MoneySchema = Type.Object(
  { amount: MinorAmount, currency: CurrencyCode },
  { additionalProperties: false },
);
export type Money = Static<typeof MoneySchema>;

export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be an integer, got ${amount}`);
  return { amount, currency };
}

/** Splits `total` across `weights` in proportion, handing the rounding remainder to the largest shares first. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const floors = raw.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    rest -= 1;
  }
  return floors;
}

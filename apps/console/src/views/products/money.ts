/**
 * Prices are typed in yuan and sent as integer fen. Text is parsed as a decimal (more than two decimals
 * or a sign is refused, not rounded); a number from a number input is rounded to the nearest fen after
 * dropping float noise, so 19.99 is 1999 fen and never 1998.
 */
export function yuanToFen(yuan: number | string | null | undefined): number | undefined {
  if (yuan === null || yuan === undefined) return undefined;
  if (typeof yuan === 'number') {
    if (!Number.isFinite(yuan) || yuan < 0) return undefined;
    const fen = Math.round(Number((yuan * 100).toPrecision(12)));
    return Number.isSafeInteger(fen) ? fen : undefined;
  }
  const text = yuan.trim();
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** Integer fen as a yuan amount for an input: 45900 -> 459. */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

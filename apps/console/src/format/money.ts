const formatters = new Map<string, Intl.NumberFormat>();

/** Minor units (fen, cents) to a price a shopper reads: `45900, 'CNY'` -> `¥459.00`. */
export function formatMoney(minor: number, currency: string, locale = 'zh-CN'): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 100);
}

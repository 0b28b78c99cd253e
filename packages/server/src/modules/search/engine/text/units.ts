/** Spellings of a unit, folded to one, so "1/2 inch", '1/2"' and "1/2 in." index alike. */
const UNIT_ALIASES: Record<string, string> = {
  in: 'in', inch: 'in', inches: 'in', inchs: 'in', '"': 'in',
  ft: 'ft', feet: 'ft', foot: 'ft', "'": 'ft',
  gal: 'gal', gallon: 'gal', gallons: 'gal',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  oz: 'oz', ounce: 'oz', ounces: 'oz',
  v: 'volt', volt: 'volt', volts: 'volt',
  w: 'watt', watt: 'watt', watts: 'watt',
  amp: 'amp', amps: 'amp', ampere: 'amp', a: 'amp',
  mm: 'mm', millimeter: 'mm', millimeters: 'mm', 毫米: 'mm',
  cm: 'cm', centimeter: 'cm', centimeters: 'cm', 厘米: 'cm',
  m: 'm', meter: 'm', meters: 'm', metre: 'm', metres: 'm', 米: 'm',
  ml: 'ml', milliliter: 'ml', milliliters: 'ml', 毫升: 'ml',
  l: 'l', liter: 'l', liters: 'l', litre: 'l', litres: 'l', 升: 'l',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', 公斤: 'kg', 千克: 'kg',
  g: 'g', gram: 'g', grams: 'g', 克: 'g',
  qt: 'qt', quart: 'qt', quarts: 'qt',
  sq: 'sq', square: 'sq',
  cu: 'cu', cubic: 'cu',
  pk: 'pack', pack: 'pack', packs: 'pack', pc: 'pack', pcs: 'pack', piece: 'pack', pieces: 'pack',
  count: 'pack', ct: 'pack', 支装: 'pack', 件装: 'pack', 包: 'pack', 袋: 'pack', 盒: 'pack',
  btu: 'btu', mah: 'mah', gb: 'gb', tb: 'tb', hp: 'hp', psi: 'psi', rpm: 'rpm', gpm: 'gpm',
};

/** The canonical unit a word spells when it follows a number, or undefined when it is no unit. */
export function canonicalUnit(word: string): string | undefined {
  return Object.hasOwn(UNIT_ALIASES, word) ? UNIT_ALIASES[word] : undefined;
}

/** "3.50" and "3.5" are the same measure; fractions stay as written ("1/2"). */
export function canonicalNumber(text: string): string {
  if (!text.includes('.')) return text.replace(/^0+(?=\d)/, '');
  const [whole = '0', fraction = ''] = text.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${whole.replace(/^0+(?=\d)/, '') || '0'}.${trimmed}` : whole.replace(/^0+(?=\d)/, '') || '0';
}

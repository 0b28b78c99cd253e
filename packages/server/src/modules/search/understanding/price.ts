export interface PriceRange {
  /** Minor units. */
  min?: number;
  max?: number;
}

export interface Extracted<T> {
  value: T;
  /** The text with the matched phrase blanked out. */
  rest: string;
  phrase: string;
}

// The lookahead stops a number being cut short ("30 inch" must not read as "3" followed by "0 inch").
const NUM = String.raw`(\d+(?:\.\d+)?)(?![\d.])\s*(k|千|w|万)?`;
const CURRENCY_BEFORE = String.raw`(?:¥|￥|\$|rmb\s*|cny\s*|usd\s*)?`;
const CURRENCY_AFTER = String.raw`(?:元|块钱|块|rmb|cny|yuan|dollars?|bucks|usd|刀)?`;
// A number followed by a unit is a size ("under 30 inch"), not a price.
const NOT_UNIT = String.raw`(?!\s*(?:in\b|inch|ft|feet|cm|mm|m\b|kg|g\b|lb|oz|gal|ml|l\b|个月|月|岁|段|寸|码|号|v\b|w\b|watt|volt|amp|year|month|mo\b|%))`;

const PATTERNS: { re: RegExp; build: (a: number, b?: number) => PriceRange }[] = [
  {
    re: new RegExp(
      String.raw`(?:between|从)\s*${CURRENCY_BEFORE}${NUM}\s*${CURRENCY_AFTER}\s*(?:and|to|-|~|到|至)\s*${CURRENCY_BEFORE}${NUM}\s*${CURRENCY_AFTER}`,
    ),
    build: (a, b) => ({ min: a, max: b ?? a }),
  },
  {
    re: new RegExp(
      String.raw`${CURRENCY_BEFORE}${NUM}\s*(?:-|~|到|至|to)\s*${CURRENCY_BEFORE}${NUM}\s*(?:元|块|rmb|yuan|dollars?|usd)(?:之间|左右)?`,
    ),
    build: (a, b) => ({ min: a, max: b ?? a }),
  },
  {
    re: new RegExp(String.raw`(?:¥|￥|\$)${NUM}\s*(?:-|~|到|至|to)\s*(?:¥|￥|\$)?${NUM}`),
    build: (a, b) => ({ min: a, max: b ?? a }),
  },
  {
    re: new RegExp(
      String.raw`(?:预算|价格|价位)?\s*${CURRENCY_BEFORE}${NUM}\s*${CURRENCY_AFTER}\s*(?:以内|以下|之内|内|封顶)`,
    ),
    build: (a) => ({ max: a }),
  },
  {
    re: new RegExp(String.raw`${CURRENCY_BEFORE}${NUM}\s*${CURRENCY_AFTER}\s*(?:以上|起)`),
    build: (a) => ({ min: a }),
  },
  {
    re: new RegExp(
      String.raw`(?:低于|少于|不超过|不到|小于|不高于|最多|under|below|less than|cheaper than|no more than|up to|max(?:imum)?|within|<=?|≤)\s*${CURRENCY_BEFORE}${NUM}${NOT_UNIT}\s*${CURRENCY_AFTER}`,
    ),
    build: (a) => ({ max: a }),
  },
  {
    re: new RegExp(
      String.raw`(?:高于|超过|大于|多于|不低于|至少|above|over|more than|at least|min(?:imum)?|>=?|≥)\s*${CURRENCY_BEFORE}${NUM}${NOT_UNIT}\s*${CURRENCY_AFTER}`,
    ),
    build: (a) => ({ min: a }),
  },
  {
    re: new RegExp(String.raw`${NUM}\s*(?:元|块|yuan)\s*左右`),
    build: (a) => ({ min: a * 0.8, max: a * 1.2 }),
  },
];

const MULTIPLIER: Record<string, number> = { k: 1000, 千: 1000, w: 10000, 万: 10000 };

/**
 * Finds a price limit in the (normalised) query: "500元以内", "under 500", "≤¥300", "300-500元", "between 30 and
 * 50 dollars", "1k以上". Amounts are in the shop's currency's major units and come back in minor units.
 */
export function extractPrice(text: string, minorPerMajor = 100): Extracted<PriceRange> | undefined {
  for (const { re, build } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const groups = m.slice(1);
    const amounts: number[] = [];
    for (let i = 0; i + 1 < groups.length + 1; i += 2) {
      const n = groups[i];
      if (n === undefined) continue;
      amounts.push(Number(n) * (MULTIPLIER[groups[i + 1] ?? ''] ?? 1));
    }
    const [a, b] = amounts;
    if (a === undefined) continue;
    const range = build(a, b);
    const value: PriceRange = {};
    if (range.min !== undefined) value.min = Math.round(range.min * minorPerMajor);
    if (range.max !== undefined) value.max = Math.round(range.max * minorPerMajor);
    if (value.min !== undefined && value.max !== undefined && value.min > value.max)
      [value.min, value.max] = [value.max, value.min];
    return { value, phrase: m[0], rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
  }
  return undefined;
}

export interface AgeRange {
  minYears: number;
  maxYears: number;
}

const AGE =
  /(\d+(?:\.\d+)?)\s*(?:-|~|到|至|to)\s*(\d+(?:\.\d+)?)\s*(个月|月龄|月|months?|mos?\b|岁|years?|yrs?)/;
const AGE_UNDER =
  /(\d+(?:\.\d+)?)\s*(个月|月龄|岁)\s*(?:以下|以内)|(?:under|below)\s*(\d+(?:\.\d+)?)\s*(months?|years?)/;

/** An age range for baby and children's products: "0-6个月", "6-12 months", "1岁以下". */
export function extractAge(text: string): Extracted<AgeRange> | undefined {
  const m = AGE.exec(text);
  if (m) {
    const toYears = /月|month|mo/.test(m[3] ?? '') ? 1 / 12 : 1;
    return {
      value: { minYears: Number(m[1]) * toYears, maxYears: Number(m[2]) * toYears },
      phrase: m[0],
      rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`,
    };
  }
  const u = AGE_UNDER.exec(text);
  if (!u) return undefined;
  const amount = Number(u[1] ?? u[3]);
  const unit = u[2] ?? u[4] ?? '';
  const toYears = /月|month/.test(unit) ? 1 / 12 : 1;
  return {
    value: { minYears: 0, maxYears: amount * toYears },
    phrase: u[0],
    rest: `${text.slice(0, u.index)} ${text.slice(u.index + u[0].length)}`,
  };
}

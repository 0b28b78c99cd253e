import type { AttributeValue } from './document.ts';

/**
 * A condition the understood query puts on products. Data, not code, so that an external engine can translate
 * it into its own query language. `filter` conditions drop products that are known to fail them; `boost`
 * conditions only rank. A product that lacks the data to tell is kept, and ranked by its text instead.
 */
export type Constraint = { label: string; mode: 'filter' | 'boost'; importance: number; terms: string[] } & (
  | { kind: 'category'; include: string[]; exclude: string[] }
  | { kind: 'attribute'; key: string; values: AttributeValue[] }
  | { kind: 'scene'; scene: string; implies: string[] }
  | { kind: 'persona'; persona: string }
  | { kind: 'age'; minYears: number; maxYears: number }
  | { kind: 'price'; min?: number | undefined; max?: number | undefined }
  | { kind: 'brand'; brandIds: string[] }
);

export type ConstraintKind = Constraint['kind'];

export type Verdict = 'pass' | 'fail' | 'unknown';

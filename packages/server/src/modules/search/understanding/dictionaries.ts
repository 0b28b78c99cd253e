import type { AttributeValue } from '../engine/document.ts';
import type { SortOrder } from '../engine/search-engine.ts';

export interface Label {
  'zh-CN': string;
  en: string;
}

/** Words the shopper may use, in either language; matching is on normalised text (simplified, lower case). */
interface Rule {
  key: string;
  label: Label;
  terms: string[];
}

/** A product type, with the kinds its word does not cover ("鞋子" means shoes, not boots or sandals). */
export interface CategoryRule extends Rule {
  /** Fragments of category names that belong (matched in the product's leaf category names). */
  include: string[];
  exclude: string[];
}

/** A use ("hiking") and the attributes it implies; `filter` drops products known to suit another use. */
export interface SceneRule extends Rule {
  implies: string[];
  mode: 'filter' | 'boost';
  persona?: string;
}

/** Who the product is for; ranks, never filters (a gift for mum may well be a plain scarf). */
export interface PersonaRule extends Rule {
  ageYears?: { min: number; max: number };
}

export interface AttributeRule extends Rule {
  attribute: string;
  values: AttributeValue[];
  mode: 'filter' | 'boost';
}

export interface SortRule extends Rule {
  sort: Exclude<SortOrder, 'relevance'>;
}

/** Words that mean the same to shoppers of this shop; any one finds products that use another. */
export interface SynonymRule {
  key: string;
  terms: string[];
}

/** Everything query understanding knows, as data a merchant can edit (defaults + their own + learned). */
export interface SearchDictionaries {
  synonyms: SynonymRule[];
  categories: CategoryRule[];
  scenes: SceneRule[];
  personas: PersonaRule[];
  attributes: AttributeRule[];
  sorts: SortRule[];
  /** Words that carry no meaning for search ("适合", "I want"); dropped from the text that is matched. */
  fillers: string[];
}

export const DICTIONARY_KINDS = [
  'synonyms',
  'categories',
  'scenes',
  'personas',
  'attributes',
  'sorts',
] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

/** Overlays entries on a base: same key replaces, `null` removes (how a merchant switches a default off). */
export function overlayDictionaries(
  base: SearchDictionaries,
  overlay: Partial<Record<DictionaryKind, Record<string, unknown | null>>>,
): SearchDictionaries {
  const out = { ...base };
  for (const kind of DICTIONARY_KINDS) {
    const changes = overlay[kind];
    if (!changes) continue;
    const byKey = new Map<string, unknown>(base[kind].map((e) => [e.key, e]));
    for (const [key, entry] of Object.entries(changes)) {
      if (entry === null) byKey.delete(key);
      else byKey.set(key, { ...(entry as object), key });
    }
    (out as Record<DictionaryKind, unknown[]>)[kind] = [...byKey.values()];
  }
  return out;
}

import type { Constraint } from '../engine/constraints.ts';
import type { CatalogueLexicon, SortOrder } from '../engine/search-engine.ts';
import { normaliseText } from '../engine/text/normalise.ts';
import type {
  AttributeRule,
  CategoryRule,
  Label,
  PersonaRule,
  SceneRule,
  SearchDictionaries,
  SortRule,
} from './dictionaries.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { extractAge, extractPrice, type AgeRange, type PriceRange } from './price.ts';

/** What a query asks for, structured. `text` is what is left to match as words. */
export interface QueryIntent {
  query: string;
  text: string;
  category?: { key: string; label: Label } | undefined;
  scene?: { key: string; label: Label } | undefined;
  persona?: { key: string; label: Label } | undefined;
  /** Attributes asked for, and those the scene implies (`implied`). */
  attributes: { key: string; label: Label; implied: boolean }[];
  brand?: { ids: string[]; label: string } | undefined;
  price?: PriceRange | undefined;
  age?: AgeRange | undefined;
  sort?: SortOrder | undefined;
  headWord?: string | undefined;
  synonyms: Record<string, string[]>;
  constraints: Constraint[];
}

type Hit =
  | { kind: 'category'; rule: CategoryRule }
  | { kind: 'scene'; rule: SceneRule }
  | { kind: 'persona'; rule: PersonaRule }
  | { kind: 'attribute'; rule: AttributeRule }
  | { kind: 'sort'; rule: SortRule }
  | { kind: 'brand'; id: string; name: string }
  | { kind: 'filler' }
  | { kind: 'synonym'; terms: string[] };

/** How much each kind of constraint matters: recovery from zero results gives up the least important first. */
export const IMPORTANCE = {
  persona: 1,
  scene: 2,
  attribute: 3,
  age: 3,
  brand: 4,
  price: 4,
  category: 5,
} as const;

/**
 * Compiled dictionaries plus the catalogue's brand names: built once per dictionary change, used per query.
 */
export class QueryUnderstanding {
  private readonly matcher = new PhraseMatcher<Hit>();
  private readonly attributeByKey = new Map<string, AttributeRule>();

  constructor(
    readonly dictionaries: SearchDictionaries,
    lexicon: CatalogueLexicon = { brands: [], categories: [] },
  ) {
    for (const rule of [...dictionaries.categories, ...catalogueCategories(dictionaries, lexicon)]) {
      for (const t of rule.terms) this.matcher.add(t, { kind: 'category', rule });
    }
    for (const rule of dictionaries.scenes)
      for (const t of rule.terms) this.matcher.add(t, { kind: 'scene', rule });
    for (const rule of dictionaries.personas)
      for (const t of rule.terms) this.matcher.add(t, { kind: 'persona', rule });
    for (const rule of dictionaries.attributes) {
      this.attributeByKey.set(rule.key, rule);
      for (const t of rule.terms) this.matcher.add(t, { kind: 'attribute', rule });
    }
    for (const rule of dictionaries.sorts)
      for (const t of rule.terms) this.matcher.add(t, { kind: 'sort', rule });
    for (const f of dictionaries.fillers) this.matcher.add(f, { kind: 'filler' });
    for (const brand of lexicon.brands) {
      for (const name of brand.names) {
        // "山野 Pathfinder" is asked for as 山野 or as Pathfinder.
        for (const word of [name, ...name.split(/\s+/)]) {
          if (word.length >= 2) this.matcher.add(word, { kind: 'brand', id: brand.id, name });
        }
      }
    }
    for (const rule of dictionaries.synonyms)
      for (const t of rule.terms) this.matcher.add(t, { kind: 'synonym', terms: rule.terms });
  }

  /** Brand, category and dictionary words the segmenter should keep whole. */
  phrases(): string[] {
    const d = this.dictionaries;
    return [...d.categories, ...d.scenes, ...d.personas, ...d.attributes, ...d.sorts, ...d.synonyms]
      .flatMap((r) => r.terms)
      .filter((t) => /\p{Script=Han}/u.test(t));
  }

  parse(query: string): QueryIntent {
    let text = normaliseText(query);
    const price = extractPrice(text);
    if (price) text = price.rest;
    const age = extractAge(text);
    if (age) text = age.rest;
    const intent: QueryIntent = { query, text: '', attributes: [], synonyms: {}, constraints: [] };
    if (price) intent.price = price.value;
    if (age) intent.age = age.value;
    const drop: [number, number][] = [];
    const brands = new Map<string, string>();
    for (const match of this.matcher.matchAll(text)) {
      const hit = match.value;
      if (hit.kind === 'category') {
        intent.category ??= { key: hit.rule.key, label: hit.rule.label };
        if (intent.category.key === hit.rule.key) {
          intent.headWord = match.phrase;
          this.pushOnce(intent, categoryConstraint(hit.rule));
          this.addSynonyms(intent, match.phrase, hit.rule.terms);
        }
      } else if (hit.kind === 'scene') this.applyScene(intent, hit.rule);
      else if (hit.kind === 'persona') this.applyPersona(intent, hit.rule);
      else if (hit.kind === 'attribute') this.applyAttribute(intent, hit.rule, false);
      // A rule's other words find products that use them ("老人" finds 中老年).
      if (hit.kind === 'scene' || hit.kind === 'persona' || hit.kind === 'attribute') {
        this.addSynonyms(intent, match.phrase, hit.rule.terms);
      } else if (hit.kind === 'brand') brands.set(hit.id, hit.name);
      else if (hit.kind === 'synonym') this.addSynonyms(intent, match.phrase, hit.terms);
      if (hit.kind === 'sort') intent.sort ??= hit.rule.sort;
      if (hit.kind === 'sort' || hit.kind === 'filler') drop.push([match.start, match.end]);
    }
    if (brands.size > 0) {
      const ids = [...brands.keys()];
      intent.brand = { ids, label: [...brands.values()][0] ?? '' };
      intent.constraints.push({
        kind: 'brand',
        brandIds: ids,
        label: intent.brand.label,
        mode: 'filter',
        importance: IMPORTANCE.brand,
        terms: [...brands.values()],
      });
    }
    if (intent.price)
      intent.constraints.push({
        kind: 'price',
        ...intent.price,
        label: 'price',
        mode: 'filter',
        importance: IMPORTANCE.price,
        terms: [],
      });
    if (intent.age)
      intent.constraints.push({
        kind: 'age',
        ...intent.age,
        label: 'age',
        mode: 'filter',
        importance: IMPORTANCE.age,
        terms: [],
      });
    intent.text = blank(text, drop).replace(/\s+/g, ' ').trim();
    return intent;
  }

  private applyScene(intent: QueryIntent, rule: SceneRule): void {
    if (intent.scene) return;
    intent.scene = { key: rule.key, label: rule.label };
    this.pushOnce(intent, {
      kind: 'scene',
      scene: rule.key,
      implies: rule.implies,
      label: rule.label.en,
      mode: rule.mode,
      importance: IMPORTANCE.scene,
      terms: rule.terms,
    });
    for (const key of rule.implies) {
      const attribute = this.attributeByKey.get(key);
      if (attribute && !intent.attributes.some((a) => a.key === key))
        intent.attributes.push({ key, label: attribute.label, implied: true });
    }
    const persona = this.dictionaries.personas.find((p) => p.key === rule.persona);
    if (persona) this.applyPersona(intent, persona);
  }

  private applyPersona(intent: QueryIntent, rule: PersonaRule): void {
    if (intent.persona) return;
    intent.persona = { key: rule.key, label: rule.label };
    this.pushOnce(intent, {
      kind: 'persona',
      persona: rule.key,
      label: rule.label.en,
      mode: 'boost',
      importance: IMPORTANCE.persona,
      terms: rule.terms,
    });
    if (rule.ageYears && !intent.age) {
      this.pushOnce(intent, {
        kind: 'age',
        minYears: rule.ageYears.min,
        maxYears: rule.ageYears.max,
        label: 'age',
        mode: 'boost',
        importance: IMPORTANCE.age,
        terms: [],
      });
    }
  }

  private applyAttribute(intent: QueryIntent, rule: AttributeRule, implied: boolean): void {
    const existing = intent.attributes.find((a) => a.key === rule.key);
    if (existing) existing.implied &&= implied;
    else intent.attributes.push({ key: rule.key, label: rule.label, implied });
    this.pushOnce(intent, {
      kind: 'attribute',
      key: rule.attribute,
      values: rule.values,
      label: rule.label.en,
      mode: rule.mode,
      importance: IMPORTANCE.attribute,
      terms: rule.terms,
    });
  }

  private pushOnce(intent: QueryIntent, constraint: Constraint): void {
    if (!intent.constraints.some((c) => c.kind === constraint.kind && c.label === constraint.label))
      intent.constraints.push(constraint);
  }

  private addSynonyms(intent: QueryIntent, phrase: string, terms: readonly string[]): void {
    const others = terms.map(normaliseText).filter((t) => t !== phrase);
    intent.synonyms[phrase] = [...new Set([...(intent.synonyms[phrase] ?? []), ...others])];
  }
}

/**
 * The catalogue's own category names as category rules, for those the dictionaries do not already name: a shop
 * that adds "登山杖|Trekking poles" is understood at once. Matching by name makes a rule cover every category of that
 * name, which is what a shopper means.
 */
function catalogueCategories(dictionaries: SearchDictionaries, lexicon: CatalogueLexicon): CategoryRule[] {
  const known = new Set(dictionaries.categories.flatMap((r) => r.terms.map(normaliseText)));
  const rules = new Map<string, CategoryRule>();
  for (const category of lexicon.categories) {
    const names = category.names.map((n) => normaliseText(n).trim()).filter((n) => n.length >= 2);
    if (names.length === 0 || names.some((n) => known.has(n))) continue;
    const key = `catalogue:${names[0]}`;
    if (rules.has(key)) continue;
    const [zh = names[0]!, en = zh] = category.names;
    rules.set(key, { key, label: { 'zh-CN': zh, en }, terms: names, include: names, exclude: [] });
  }
  return [...rules.values()];
}

function categoryConstraint(rule: CategoryRule): Constraint {
  return {
    kind: 'category',
    include: rule.include.map(normaliseText),
    exclude: rule.exclude.map(normaliseText),
    label: rule.label.en,
    mode: 'filter',
    importance: IMPORTANCE.category,
    terms: rule.terms,
  };
}

function blank(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** "hiking · shoes · anti-slip": what the search understood, in the shopper's language. */
export function describeIntent(intent: QueryIntent, locale: keyof Label): string {
  const parts: string[] = [];
  if (intent.scene) parts.push(intent.scene.label[locale]);
  if (intent.persona) parts.push(intent.persona.label[locale]);
  if (intent.category) parts.push(intent.category.label[locale]);
  for (const a of intent.attributes) parts.push(a.label[locale]);
  if (intent.brand) parts.push(intent.brand.label);
  if (intent.age) parts.push(ageLabel(intent.age, locale));
  if (intent.price) parts.push(priceLabel(intent.price, locale));
  return parts.join(' · ');
}

export function priceLabel(price: PriceRange, locale: keyof Label): string {
  const major = (minor: number) => String(minor / 100);
  if (price.min !== undefined && price.max !== undefined) return `${major(price.min)}-${major(price.max)}`;
  if (price.max !== undefined) return locale === 'en' ? `≤ ${major(price.max)}` : `${major(price.max)}以内`;
  return locale === 'en' ? `≥ ${major(price.min ?? 0)}` : `${major(price.min ?? 0)}以上`;
}

export function ageLabel(age: AgeRange, locale: keyof Label): string {
  const inMonths = age.maxYears <= 2;
  const n = (years: number) => String(Math.round((inMonths ? years * 12 : years) * 10) / 10);
  const unit = inMonths ? (locale === 'en' ? ' months' : '个月') : locale === 'en' ? ' years' : '岁';
  return `${n(age.minYears)}-${n(age.maxYears)}${unit}`;
}

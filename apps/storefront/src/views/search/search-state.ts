import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SearchAnswer, SearchFilters, SearchSort } from '../../api/search.ts';

/** What a search page shows, kept in the URL so back, reload and sharing give the same results. */
export interface SearchState {
  q: string;
  sort?: SearchSort;
  category?: string;
  brand?: string;
  /** A price facet value, "min-max" in minor units (max exclusive, open when empty). */
  price?: string;
  /** `key:value` attribute filters. */
  attr: string[];
  /** Understood parts the shopper removed (the search API's part ids: `scene:hiking`, `attr:anti_slip`). */
  drop?: string[];
}

const SORTS: SearchSort[] = ['relevance', 'price_asc', 'price_desc', 'sales', 'rating', 'newest'];

const one = (v: LocationQuery[string] | undefined) =>
  (Array.isArray(v) ? (v[0] ?? undefined) : (v ?? undefined)) || undefined;
const many = (v: LocationQuery[string] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is string => !!x);

export function stateFromQuery(query: LocationQuery): SearchState {
  const sort = one(query.sort);
  const drop = (one(query.drop) ?? '').split(',').filter((id) => id !== '');
  return {
    q: one(query.q) ?? '',
    sort: SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : undefined,
    category: one(query.category),
    brand: one(query.brand),
    price: one(query.price),
    attr: many(query.attr),
    drop: drop.length > 0 ? drop : undefined,
  };
}

export function queryFromState(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = { q: state.q };
  if (state.sort) query.sort = state.sort;
  if (state.category) query.category = state.category;
  if (state.brand) query.brand = state.brand;
  if (state.price) query.price = state.price;
  if (state.attr.length > 0) query.attr = state.attr;
  if (state.drop && state.drop.length > 0) query.drop = state.drop.join(',');
  return query;
}

/** The API's filters, with the understood parts the shopper gave up (`drop`). */
export function filtersFromState(state: SearchState): SearchFilters {
  const filters: SearchFilters = { attr: state.attr };
  if (state.drop && state.drop.length > 0) filters.drop = state.drop.join(',');
  if (state.sort) filters.sort = state.sort;
  if (state.category) filters.category = state.category;
  if (state.brand) filters.brand = state.brand;
  if (state.price) {
    const [min, max] = state.price.split('-');
    if (min) filters.priceMin = Number(min);
    if (max) filters.priceMax = Number(max) - 1;
  }
  return filters;
}

export interface Chip {
  id: string;
  label: string;
  /** Implied by the scene rather than typed: removing the words would not remove it. */
  implied: boolean;
  /** The search API's id for an understood part, which `drop` gives up. */
  part?: string;
}

/** An understood part as the search API names it. */
type IntentPart = SearchAnswer['parts'][number];
const partsOf = (answer: SearchAnswer): IntentPart[] => answer.parts;

/** What the search gave up because the shopper removed it, to offer putting it back. */
export function droppedOf(answer: SearchAnswer | undefined): IntentPart[] {
  return answer?.dropped ?? [];
}

/**
 * The understood intent as chips ("徒步 · 鞋子 · 防滑" -> three chips), then the shopper's own filters.
 * Filter chips are named by their facet labels when the answer has them.
 */
export function chipsOf(answer: SearchAnswer, state: SearchState): Chip[] {
  const implied = new Set(answer.intent.attributes.filter((a) => a.implied).map((a) => a.label));
  const parts = partsOf(answer);
  const chips: Chip[] = parts
    ? parts.map((p) => ({ id: `intent:${p.label}`, label: p.label, implied: p.implied, part: p.id }))
    : answer.understood
        .split(' · ')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => ({ id: `intent:${part}`, label: part, implied: implied.has(part) }));
  const label = (list: { value: string; label: string }[], value: string) =>
    list.find((b) => b.value === value)?.label ?? value;
  if (state.category)
    chips.push({ id: 'category', label: label(answer.facets.category, state.category), implied: false });
  if (state.brand)
    chips.push({ id: 'brand', label: label(answer.facets.brand, state.brand), implied: false });
  if (state.price)
    chips.push({ id: 'price', label: `¥${label(answer.facets.price, state.price)}`, implied: false });
  for (const pair of state.attr)
    chips.push({ id: `attr:${pair}`, label: attrLabel(answer, pair), implied: false });
  return chips;
}

export function attrLabel(answer: SearchAnswer | undefined, pair: string): string {
  const [key = '', value = ''] = pair.split(/:(.*)/s);
  const known = answer?.intent.attributes.find((a) => a.key === key)?.label;
  const name = known ?? key.replace(/_/g, ' ');
  if (value === 'true') return name;
  if (value === 'false') return `${name} ✗`;
  return `${name}: ${value}`;
}

/**
 * The state after removing a chip. Filters are dropped; a typed part is dropped by deleting its words from the
 * query; one the query implies, or said in other words, is given up with `drop` (by searching for the rest of
 * the intent, when the server names no parts).
 */
export function withoutChip(state: SearchState, chip: Chip, all: Chip[]): SearchState {
  if (chip.id === 'category') return { ...state, category: undefined };
  if (chip.id === 'brand') return { ...state, brand: undefined };
  if (chip.id === 'price') return { ...state, price: undefined };
  if (chip.id.startsWith('attr:'))
    return { ...state, attr: state.attr.filter((a) => `attr:${a}` !== chip.id) };
  if (!chip.implied && state.q.includes(chip.label))
    return { ...state, q: state.q.replace(chip.label, '').replace(/\s+/g, ' ').trim() };
  if (chip.part) return { ...state, drop: [...new Set([...(state.drop ?? []), chip.part])] };
  const rest = all.filter((c) => c.id.startsWith('intent:') && c !== chip && !c.implied).map((c) => c.label);
  return { ...state, q: rest.join(' ') };
}

/** The state with a removed part put back. */
export function withRestored(state: SearchState, part: string): SearchState {
  return { ...state, drop: (state.drop ?? []).filter((id) => id !== part) };
}

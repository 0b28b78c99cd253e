import type { DictionaryEntryRow, DictionaryKind, SortKey } from './types.ts';

/** Everything any kind of entry can hold, as the editor edits it (lists as arrays of strings). */
export interface EntryForm {
  key: string;
  labelZh: string;
  labelEn: string;
  terms: string[];
  include: string[];
  exclude: string[];
  implies: string[];
  mode: 'filter' | 'boost';
  persona: string;
  ageMin: number | undefined;
  ageMax: number | undefined;
  attribute: string;
  values: string[];
  sort: SortKey | '';
}

export type EntryProblem = 'key' | 'label' | 'terms' | 'include' | 'attribute' | 'values' | 'sort' | 'age';

const KEY = /^[A-Za-z0-9_.-]{1,60}$/;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const clean = (list: readonly string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

export function emptyForm(): EntryForm {
  return {
    key: '',
    labelZh: '',
    labelEn: '',
    terms: [],
    include: [],
    exclude: [],
    implies: [],
    mode: 'boost',
    persona: '',
    ageMin: undefined,
    ageMax: undefined,
    attribute: '',
    values: [],
    sort: '',
  };
}

/** An entry as the editor shows it; a default's copy carries its key, which the body must not repeat. */
export function formOf(key: string, entry: Record<string, unknown> | null): EntryForm {
  const form = { ...emptyForm(), key };
  if (!entry) return form;
  const label = (entry.label ?? {}) as Record<string, unknown>;
  const age = entry.ageYears as { min?: unknown; max?: unknown } | undefined;
  return {
    ...form,
    labelZh: text(label['zh-CN']),
    labelEn: text(label.en),
    terms: strings(entry.terms),
    include: strings(entry.include),
    exclude: strings(entry.exclude),
    implies: strings(entry.implies),
    mode: entry.mode === 'filter' ? 'filter' : 'boost',
    persona: text(entry.persona),
    ageMin: typeof age?.min === 'number' ? age.min : undefined,
    ageMax: typeof age?.max === 'number' ? age.max : undefined,
    attribute: text(entry.attribute),
    values: Array.isArray(entry.values) ? entry.values.map(String) : [],
    sort: (text(entry.sort) as SortKey) || '',
  };
}

/** Attribute values are typed as the search understands them: true/false, numbers, else words. */
export function typedValue(raw: string): boolean | number | string {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
}

/**
 * The body for PUT /search/dictionaries/:kind/:key, shaped exactly as routes/dictionary-schemas.ts wants
 * it for the kind (no extra fields: the server refuses them), or what is missing.
 */
export function entryOf(
  kind: DictionaryKind,
  form: EntryForm,
): { ok: true; entry: Record<string, unknown> } | { ok: false; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  if (!KEY.test(form.key.trim())) problems.push('key');
  const terms = clean(form.terms);
  const label = { 'zh-CN': form.labelZh.trim(), en: form.labelEn.trim() };
  if (kind !== 'synonyms' && (!label['zh-CN'] || !label.en)) problems.push('label');
  if (terms.length < (kind === 'synonyms' ? 2 : 1)) problems.push('terms');
  let entry: Record<string, unknown>;
  switch (kind) {
    case 'synonyms':
      entry = { terms };
      break;
    case 'categories': {
      const include = clean(form.include);
      if (include.length === 0) problems.push('include');
      entry = { label, terms, include, exclude: clean(form.exclude) };
      break;
    }
    case 'scenes':
      entry = {
        label,
        terms,
        implies: clean(form.implies),
        mode: form.mode,
        ...(form.persona.trim() ? { persona: form.persona.trim() } : {}),
      };
      break;
    case 'personas': {
      const { ageMin, ageMax } = form;
      const hasAge = ageMin !== undefined || ageMax !== undefined;
      if (hasAge && (ageMin === undefined || ageMax === undefined || ageMin > ageMax)) problems.push('age');
      entry = { label, terms, ...(hasAge ? { ageYears: { min: ageMin, max: ageMax } } : {}) };
      break;
    }
    case 'attributes': {
      const values = clean(form.values).map(typedValue);
      if (!/^[a-z][a-z0-9_]{0,39}$/.test(form.attribute)) problems.push('attribute');
      if (values.length === 0) problems.push('values');
      entry = { label, terms, attribute: form.attribute, values, mode: form.mode };
      break;
    }
    case 'sorts':
      if (!form.sort) problems.push('sort');
      entry = { label, terms, sort: form.sort };
      break;
  }
  return problems.length ? { ok: false, problems } : { ok: true, entry };
}

export interface EntryGroups {
  byKind: Record<DictionaryKind, DictionaryEntryRow[]>;
  /** Learned synonyms still waiting for the merchant: accepted ones become the merchant's own entries. */
  learned: DictionaryEntryRow[];
}

export function groupEntries(items: readonly DictionaryEntryRow[]): EntryGroups {
  const byKind: EntryGroups['byKind'] = {
    synonyms: [],
    categories: [],
    scenes: [],
    personas: [],
    attributes: [],
    sorts: [],
  };
  const learned: DictionaryEntryRow[] = [];
  for (const item of items) {
    if (item.source === 'learned' && item.enabled) learned.push(item);
    else byKind[item.kind].push(item);
  }
  return { byKind, learned };
}

/** One line for the table: what the entry does beyond its terms. */
export function entrySummary(kind: DictionaryKind, entry: Record<string, unknown> | null): string {
  if (!entry) return '';
  const list = (v: unknown) => strings(v).join(', ');
  switch (kind) {
    case 'categories':
      return [`+ ${list(entry.include)}`, strings(entry.exclude).length ? `− ${list(entry.exclude)}` : '']
        .filter(Boolean)
        .join('  ');
    case 'scenes':
      return [list(entry.implies), text(entry.mode), text(entry.persona)].filter(Boolean).join(' · ');
    case 'personas': {
      const age = entry.ageYears as { min: number; max: number } | undefined;
      return age ? `${age.min}–${age.max}` : '';
    }
    case 'attributes':
      return `${text(entry.attribute)} = ${strings(entry.values).join(' | ')} · ${text(entry.mode)}`;
    case 'sorts':
      return text(entry.sort);
    default:
      return '';
  }
}

import { describe, expect, it } from 'vitest';
import { emptyForm, entryOf, entrySummary, formOf, groupEntries, typedValue } from './dictionary-entries.ts';
import type { DictionaryEntryRow } from './types.ts';

describe('search dictionary entries', () => {
  it("edits a default's copy without sending its key back in the body", () => {
    const form = formOf('hiking', {
      key: 'hiking',
      label: { 'zh-CN': '徒步', en: 'hiking' },
      terms: ['徒步', 'hiking'],
      implies: ['anti_slip'],
      mode: 'filter',
    });
    expect(form).toMatchObject({ key: 'hiking', labelZh: '徒步', implies: ['anti_slip'], mode: 'filter' });
    expect(entryOf('scenes', { ...form, terms: [...form.terms, ' 登山 ', 'hiking'] })).toEqual({
      ok: true,
      entry: {
        label: { 'zh-CN': '徒步', en: 'hiking' },
        terms: ['徒步', 'hiking', '登山'],
        implies: ['anti_slip'],
        mode: 'filter',
      },
    });
  });

  it('shapes each kind exactly as the server schema wants it', () => {
    const base = { ...emptyForm(), key: 'k1', labelZh: '中', labelEn: 'en', terms: ['a'] };
    expect(entryOf('synonyms', { ...base, terms: ['球鞋', '运动鞋'] })).toEqual({
      ok: true,
      entry: { terms: ['球鞋', '运动鞋'] },
    });
    expect(entryOf('categories', { ...base, include: ['鞋'], exclude: ['鞋垫'] })).toEqual({
      ok: true,
      entry: { label: { 'zh-CN': '中', en: 'en' }, terms: ['a'], include: ['鞋'], exclude: ['鞋垫'] },
    });
    expect(entryOf('personas', { ...base, ageMin: 0, ageMax: 1 })).toMatchObject({
      ok: true,
      entry: { ageYears: { min: 0, max: 1 } },
    });
    expect(entryOf('personas', base)).toEqual({
      ok: true,
      entry: { label: { 'zh-CN': '中', en: 'en' }, terms: ['a'] },
    });
    expect(
      entryOf('attributes', {
        ...base,
        attribute: 'waterproof',
        values: ['true', '42', '大号'],
        mode: 'filter',
      }),
    ).toEqual({
      ok: true,
      entry: {
        label: { 'zh-CN': '中', en: 'en' },
        terms: ['a'],
        attribute: 'waterproof',
        values: [true, 42, '大号'],
        mode: 'filter',
      },
    });
    expect(entryOf('sorts', { ...base, sort: 'sales' })).toMatchObject({
      ok: true,
      entry: { sort: 'sales' },
    });
  });

  it('says what is missing instead of sending a body the server would refuse', () => {
    expect(entryOf('synonyms', { ...emptyForm(), key: 'bad key!', terms: ['one'] })).toEqual({
      ok: false,
      problems: ['key', 'terms'],
    });
    expect(entryOf('categories', { ...emptyForm(), key: 'c', terms: ['x'] })).toEqual({
      ok: false,
      problems: ['label', 'include'],
    });
    expect(
      entryOf('personas', { ...emptyForm(), key: 'p', labelZh: 'a', labelEn: 'b', terms: ['x'], ageMin: 9 }),
    ).toEqual({ ok: false, problems: ['age'] });
  });

  it('types attribute values as search reads them', () => {
    expect([
      typedValue('true'),
      typedValue('false'),
      typedValue('3.5'),
      typedValue('红色'),
      typedValue(''),
    ]).toEqual([true, false, 3.5, '红色', '']);
  });

  it('groups entries by kind and sets learned synonyms apart until decided', () => {
    const row = (over: Partial<DictionaryEntryRow>): DictionaryEntryRow => ({
      kind: 'synonyms',
      key: 'k',
      source: 'default',
      enabled: true,
      entry: { terms: ['a', 'b'] },
      ...over,
    });
    const groups = groupEntries([
      row({ key: 'learned_1', source: 'learned' }),
      row({ key: 'learned_2', source: 'learned', enabled: false, entry: null }),
      row({ key: 'mine', source: 'merchant' }),
      row({ kind: 'sorts', key: 'cheap', entry: { label: {}, terms: ['便宜'], sort: 'price_asc' } }),
    ]);
    expect(groups.learned.map((r) => r.key)).toEqual(['learned_1']);
    expect(groups.byKind.synonyms.map((r) => r.key)).toEqual(['learned_2', 'mine']);
    expect(groups.byKind.sorts).toHaveLength(1);
    expect(entrySummary('sorts', groups.byKind.sorts[0]!.entry)).toBe('price_asc');
    expect(entrySummary('categories', { include: ['鞋', '靴'], exclude: ['鞋垫'] })).toBe('+ 鞋, 靴  − 鞋垫');
  });
});

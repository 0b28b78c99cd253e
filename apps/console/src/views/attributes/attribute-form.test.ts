import { describe, expect, it } from 'vitest';
import { attributeBody, attributeFormOf } from './attribute-form.ts';

describe('attribute definition form', () => {
  it('sends options only for enums and a unit only for measured types', () => {
    const form = attributeFormOf({
      key: 'fill_power',
      type: 'number',
      unit: 'cuin',
      label: { 'zh-CN': '蓬松度', en: 'Fill power' },
      options: [],
    });
    expect(attributeBody(form)).toEqual({
      ok: true,
      key: 'fill_power',
      body: { type: 'number', unit: 'cuin', label: { 'zh-CN': '蓬松度', en: 'Fill power' } },
    });
    expect(attributeBody({ ...form, type: 'enum', options: ['S', ' M ', 'S', ''] })).toEqual({
      ok: true,
      key: 'fill_power',
      body: { type: 'enum', unit: null, label: { 'zh-CN': '蓬松度', en: 'Fill power' }, options: ['S', 'M'] },
    });
    expect(attributeBody({ ...form, type: 'boolean' })).toMatchObject({ ok: true, body: { unit: null } });
  });

  it('lists every problem before anything is sent', () => {
    expect(
      attributeBody({ key: 'Fill Power', type: 'enum', unit: '', labelZh: '', labelEn: ' ', options: [] }),
    ).toEqual({ ok: false, problems: ['key', 'label', 'options'] });
  });
});

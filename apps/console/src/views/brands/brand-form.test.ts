import { describe, expect, it } from 'vitest';
import { brandBody, brandFormOf } from './brand-form.ts';

describe('brand form', () => {
  it('round-trips a brand into the whole-brand body', () => {
    const form = brandFormOf({ id: 'brand_1', name: { 'zh-CN': '山野', en: 'Pathfinder' }, logoUrl: null });
    expect(form).toEqual({ nameZh: '山野', nameEn: 'Pathfinder', logoUrl: '' });
    expect(brandBody({ ...form, nameEn: '  ' })).toEqual({
      ok: true,
      body: { name: { 'zh-CN': '山野' }, logoUrl: null },
    });
    expect(brandBody({ ...form, logoUrl: ' /img/logo.svg ' })).toMatchObject({
      ok: true,
      body: { logoUrl: '/img/logo.svg' },
    });
  });

  it('refuses a brand without a name or with a logo that is not a URL', () => {
    expect(brandBody({ nameZh: ' ', nameEn: '', logoUrl: '' })).toEqual({ ok: false, problem: 'name' });
    expect(brandBody({ nameZh: 'A', nameEn: '', logoUrl: 'javascript:alert(1)' })).toEqual({
      ok: false,
      problem: 'logoUrl',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES } from './default-dictionaries.ts';
import { overlayDictionaries } from './dictionaries.ts';
import { describeIntent, QueryUnderstanding } from './parse-intent.ts';
import { extractAge, extractPrice } from './price.ts';

const lexicon = {
  brands: [{ id: 'brand_pf', names: ['山野 Pathfinder'] }],
  categories: [{ id: 'cat_pole', names: ['登山杖', 'Trekking poles'] }],
};
const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, lexicon);

describe('parseQueryIntent', () => {
  it('reads the research examples', () => {
    const hiking = understanding.parse('适合户外徒步的鞋子');
    expect(hiking).toMatchObject({ category: { key: 'shoes' }, scene: { key: 'hiking' } });
    expect(hiking.attributes.map((a) => [a.key, a.implied])).toEqual([
      ['anti_slip', true],
      ['wear_resistant', true],
      ['arch_support', true],
    ]);
    expect(describeIntent(hiking, 'en')).toBe('hiking · shoes · anti-slip · wear-resistant · arch support');
    expect(hiking.text).not.toContain('适合');

    const mom = understanding.parse('送给妈妈的轻薄羽绒服');
    expect(mom).toMatchObject({
      category: { key: 'down_jackets' },
      persona: { key: 'mom' },
      scene: { key: 'gifting' },
    });
    expect(mom.attributes.map((a) => a.key)).toContain('lightweight');
    expect(mom.constraints.find((c) => c.kind === 'attribute')).toMatchObject({
      key: 'weight_class',
      values: ['light'],
    });

    const waterproof = understanding.parse('waterproof hiking shoes under 500');
    expect(waterproof).toMatchObject({ category: { key: 'hiking_shoes' }, price: { max: 50_000 } });
    expect(waterproof.text).toBe('waterproof hiking shoes');
  });

  it('folds traditional characters, full-width letters and case before matching', () => {
    expect(understanding.parse('適合戶外徒步的鞋子').scene?.key).toBe('hiking');
    expect(understanding.parse('ＨＩＫＩＮＧ Shoes').category?.key).toBe('hiking_shoes');
  });

  it('recognises brands by any word of their name, and catalogue categories the dictionaries lack', () => {
    expect(understanding.parse('pathfinder 鞋').brand?.ids).toEqual(['brand_pf']);
    const poles = understanding.parse('碳纤维登山杖');
    expect(poles.category?.key).toBe('catalogue:登山杖');
    expect(poles.constraints).toContainEqual(
      expect.objectContaining({ kind: 'category', include: ['登山杖', 'trekking poles'] }),
    );
  });

  it('reads sort words and drops them from the matched text', () => {
    const cheap = understanding.parse('最便宜的零食');
    expect(cheap.sort).toBe('price_asc');
    expect(cheap.text).not.toContain('便宜');
    expect(understanding.parse('best-selling down jacket').sort).toBe('sales');
  });

  it('lets a merchant switch a default off', () => {
    const without = new QueryUnderstanding(
      overlayDictionaries(DEFAULT_DICTIONARIES, { scenes: { hiking: null } }),
    );
    expect(without.parse('徒步鞋子').scene).toBeUndefined();
  });
});

describe('extractPrice', () => {
  it.each([
    ['500元以内的鞋', { max: 50_000 }],
    ['鞋 500以下', { max: 50_000 }],
    ['under 500', { max: 50_000 }],
    ['below $30', { max: 3_000 }],
    ['≤¥300 的鞋', { max: 30_000 }],
    ['不超过300块', { max: 30_000 }],
    ['300-500元', { min: 30_000, max: 50_000 }],
    ['between 30 and 50 dollars', { min: 3_000, max: 5_000 }],
    ['1k以上', { min: 100_000 }],
    ['over 200', { min: 20_000 }],
    ['200元左右', { min: 16_000, max: 24_000 }],
  ])('%s', (text, expected) => {
    expect(extractPrice(text)?.value).toEqual(expected);
  });

  it('leaves sizes and counts alone', () => {
    expect(extractPrice('under 30 inch vanity')).toBeUndefined();
    expect(extractPrice('5 gallon bucket')).toBeUndefined();
    expect(extractPrice('0-6个月 奶粉')).toBeUndefined();
    expect(extractPrice('under cabinet light')).toBeUndefined();
  });
});

describe('extractAge', () => {
  it('reads months and years as years', () => {
    expect(extractAge('奶粉0-6个月')?.value).toEqual({ minYears: 0, maxYears: 0.5 });
    expect(extractAge('formula 6-12 months')?.value).toEqual({ minYears: 0.5, maxYears: 1 });
    expect(extractAge('0-1岁宝宝')?.value).toEqual({ minYears: 0, maxYears: 1 });
    expect(extractAge('1岁以下')?.value).toEqual({ minYears: 0, maxYears: 1 });
  });
});

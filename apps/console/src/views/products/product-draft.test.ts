import { describe, expect, it } from 'vitest';
import { draftProblems, toProductInput, type ProductDraft } from './product-draft.ts';

const draft = (overrides: Partial<ProductDraft> = {}): ProductDraft => ({
  titleZh: ' 山野Pro 徒步鞋 ',
  titleEn: '',
  categoryId: 'cat_1',
  brandId: '',
  tags: ['户外', ' '],
  attributes: { anti_slip: true, fill_power: undefined, material: '' },
  imageUrls: ['/demo-images/a.svg', ''],
  skus: [
    { specs: { size: '42' }, code: 'TPH-42', listPrice: 599, salePrice: 459.9, stock: 4, weightGrams: 820.4 },
  ],
  ...overrides,
});

describe('product draft', () => {
  it('builds the create body with prices in integer fen and empty fields left out', () => {
    expect(toProductInput(draft(), 'CNY')).toEqual({
      status: 'draft',
      texts: { 'zh-CN': { title: '山野Pro 徒步鞋' } },
      categoryId: 'cat_1',
      tags: ['户外'],
      images: [{ url: '/demo-images/a.svg' }],
      attributes: { anti_slip: true },
      skus: [
        {
          code: 'TPH-42',
          specs: { size: '42' },
          listPrice: 59900,
          salePrice: 45990,
          currency: 'CNY',
          weightGrams: 820,
        },
      ],
    });
  });

  it('sells at the list price when no sale price is given', () => {
    const body = toProductInput(
      draft({
        skus: [{ specs: {}, code: 'A', listPrice: 10, salePrice: undefined, stock: 0, weightGrams: 0 }],
      }),
      'CNY',
    );
    expect(body.skus[0]).toMatchObject({ listPrice: 1000, salePrice: 1000 });
    expect(body.skus[0]).not.toHaveProperty('specs');
  });

  it('reports each problem with the row it is in', () => {
    const sku = { specs: {}, stock: 0, weightGrams: 0 };
    expect(
      draftProblems(
        draft({
          titleZh: ' ',
          imageUrls: ['ftp://x'],
          skus: [
            { ...sku, code: 'A-1', listPrice: 10, salePrice: 20 },
            { ...sku, code: 'a-1', listPrice: 10, salePrice: undefined },
            { ...sku, code: '黑色', listPrice: undefined, salePrice: undefined },
          ],
        }),
      ),
    ).toEqual([
      { kind: 'title' },
      { kind: 'imageUrl', index: 0 },
      { kind: 'saleAboveList', row: 0 },
      { kind: 'duplicateCode', row: 1 },
      { kind: 'code', row: 2 },
      { kind: 'price', row: 2 },
    ]);
    expect(draftProblems(draft({ skus: [] }))).toEqual([{ kind: 'noSkus' }]);
    expect(draftProblems(draft())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentNeighbours } from './content-similarity.ts';
import { contentWords, type CatalogueItem } from './catalogue.ts';

const item = (index: number, title: string, categoryId: string, tags: string[] = []): CatalogueItem => ({
  index,
  id: `prod_${index}`,
  titles: { 'zh-CN': title },
  subtitles: {},
  imageUrl: null,
  price: 1000,
  currency: 'CNY',
  categoryId,
  categoryPath: [categoryId],
  categoryNames: null,
  brandId: null,
  brandNames: null,
  tags,
  words: contentWords([title, ...tags]),
  attributes: {},
  createdAt: new Date(0),
});

describe('content likeness', () => {
  it('cuts Chinese into character pairs and keeps Latin words', () => {
    expect(contentWords(['防滑徒步鞋 Trail'])).toEqual(['防滑', '滑徒', '徒步', '步鞋', 'trail']);
  });

  it('finds the product sharing category and words first, and nothing for a product sharing nothing', () => {
    const items = [
      item(0, '有机婴儿奶粉 1段', 'milk', ['有机']),
      item(1, '有机婴儿奶粉 2段', 'milk', ['有机']),
      item(2, '婴儿奶瓶', 'bottles'),
      item(3, '登山杖', 'outdoor'),
    ];
    const neighbours = contentNeighbours(items, 5);
    expect(neighbours[0]![0]!.index).toBe(1);
    expect(neighbours[0]!.map((n) => n.index)).not.toContain(3);
    expect(neighbours[3]).toEqual([]);
  });
});

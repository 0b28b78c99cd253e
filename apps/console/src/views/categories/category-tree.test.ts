import { describe, expect, it } from 'vitest';
import type { AdminCategory } from '../../api/types.ts';
import { buildCategoryTree, categoryBody, hasChildren, moveTargets, subtreeIds } from './category-tree.ts';

const cat = (id: string, parentId: string | null, zh: string, en: string, sortOrder = 0): AdminCategory => ({
  id,
  parentId,
  name: { 'zh-CN': zh, en },
  sortOrder,
});
const flat = [
  cat('cat_shoes', null, '鞋靴', 'Footwear', 1),
  cat('cat_hiking', 'cat_shoes', '徒步鞋', 'Hiking shoes'),
  cat('cat_trail', 'cat_hiking', '越野跑鞋', 'Trail runners'),
  cat('cat_apparel', null, '服装', 'Apparel', 0),
  cat('cat_boots', 'cat_shoes', '靴子', 'Boots'),
];

describe('category tree', () => {
  it('nests the flat list, siblings by sort order then name', () => {
    const tree = buildCategoryTree(flat, 'en');
    expect(tree.map((n) => n.label)).toEqual(['Apparel', 'Footwear']);
    expect(tree[1]!.children.map((n) => n.label)).toEqual(['Boots', 'Hiking shoes']);
    expect(tree[1]!.children[1]!.children.map((n) => n.id)).toEqual(['cat_trail']);
    expect(buildCategoryTree(flat, 'zh-CN')[0]!.label).toBe('服装');
  });

  it('never offers a category, or anything under it, as its new parent', () => {
    expect([...subtreeIds(flat, 'cat_shoes')].sort()).toEqual([
      'cat_boots',
      'cat_hiking',
      'cat_shoes',
      'cat_trail',
    ]);
    expect(moveTargets(flat, 'cat_hiking', 'en')).toEqual([
      { value: 'cat_apparel', label: 'Apparel' },
      { value: 'cat_shoes', label: 'Footwear' },
      { value: 'cat_boots', label: 'Footwear / Boots' },
    ]);
    expect(moveTargets(flat, undefined, 'en')).toHaveLength(5);
  });

  it('allows deleting only categories without subcategories', () => {
    expect(hasChildren(flat, 'cat_shoes')).toBe(true);
    expect(hasChildren(flat, 'cat_trail')).toBe(false);
  });

  it('renames in both languages and moves with one whole-category body', () => {
    expect(
      categoryBody(flat[1], { nameZh: ' 登山鞋 ', nameEn: 'Mountain shoes', parentId: 'cat_shoes' }),
    ).toEqual({
      name: { 'zh-CN': '登山鞋', en: 'Mountain shoes' },
      parentId: 'cat_shoes',
      sortOrder: 0,
    });
    expect(categoryBody(flat[0], { nameZh: '鞋靴', nameEn: '', parentId: '' })).toEqual({
      name: { 'zh-CN': '鞋靴' },
      parentId: null,
      sortOrder: 1,
    });
  });
});

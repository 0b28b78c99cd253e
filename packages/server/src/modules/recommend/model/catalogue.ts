import type { Ctx, Locale } from '../../../platform/index.ts';
import { listProductsForIndexing, type IndexableProduct } from '../../catalog/index.ts';

type Names = { 'zh-CN'?: string | undefined; en?: string | undefined };

/** A product as recommendations see it: a dense index for the engine, and what a card and a reason show. */
export interface CatalogueItem {
  index: number;
  id: string;
  titles: Names;
  subtitles: Names;
  imageUrl: string | null;
  price: number;
  currency: string;
  categoryId: string | null;
  categoryPath: string[];
  categoryNames: Names | null;
  brandId: string | null;
  brandNames: Names | null;
  tags: string[];
  /** Words for content similarity and season matching: title, tags, attribute values. */
  words: string[];
  attributes: IndexableProduct['attributes'];
  createdAt: Date;
}

export function nameIn(names: Names | null | undefined, locale: Locale): string {
  if (!names) return '';
  return names[locale] ?? names['zh-CN'] ?? names.en ?? '';
}

const PAGE = 500;

/** The merchant's products on sale, in id order (so indexes are stable across processes for one build). */
export async function loadCatalogue(ctx: Ctx): Promise<CatalogueItem[]> {
  const items: CatalogueItem[] = [];
  for (let afterId: string | undefined; ;) {
    const page = await listProductsForIndexing(ctx, { limit: PAGE, ...(afterId ? { afterId } : {}) });
    for (const p of page) items.push(toItem(p, items.length));
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.productId;
  }
  return items;
}

function toItem(p: IndexableProduct, index: number): CatalogueItem {
  const titles = { 'zh-CN': p.texts['zh-CN']?.title, en: p.texts.en?.title };
  const subtitles = { 'zh-CN': p.texts['zh-CN']?.subtitle, en: p.texts.en?.subtitle };
  return {
    index,
    id: p.productId,
    titles,
    subtitles,
    imageUrl: p.imageUrl,
    price: p.minPrice,
    currency: p.currency,
    categoryId: p.category?.id ?? null,
    categoryPath: p.categoryPath,
    categoryNames: p.category?.name ?? null,
    brandId: p.brand?.id ?? null,
    brandNames: p.brand?.name ?? null,
    tags: p.tags,
    words: contentWords([titles['zh-CN'], titles.en, ...p.tags, ...attributeWords(p.attributes)]),
    attributes: p.attributes,
    createdAt: p.createdAt,
  };
}

function attributeWords(attributes: IndexableProduct['attributes']): string[] {
  return Object.entries(attributes).flatMap(([key, value]) => {
    if (value === true) return [key];
    if (typeof value === 'string') return [`${key}:${value}`];
    return [];
  });
}

const HAN = /\p{Script=Han}/u;

/**
 * Words for comparing products: Latin words lower-cased, and Chinese runs cut into overlapping character
 * pairs (a segmenter would do better, but pairs catch 防滑, 徒步, 奶粉 without a dictionary).
 */
export function contentWords(texts: readonly (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const token of text.toLowerCase().split(/[\s,.;:!?'"()[\]{}|/\\，。、；：！？（）【】《》·-]+/u)) {
      if (token === '') continue;
      if (token.includes(':')) {
        words.add(token);
        continue;
      }
      if (!HAN.test(token)) {
        if (token.length > 1) words.add(token);
        continue;
      }
      const chars = [...token];
      if (chars.length === 1) words.add(token);
      for (let i = 0; i + 1 < chars.length; i++) words.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...words];
}

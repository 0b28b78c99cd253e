import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AttributeValue, SearchDocument } from '../engine/document.ts';
import { InMemorySearchEngine } from '../engine/in-memory-engine.ts';
import { DEFAULT_DICTIONARIES } from '../understanding/default-dictionaries.ts';
import { QueryUnderstanding } from '../understanding/parse-intent.ts';

const DEMO_PRODUCTS = fileURLToPath(new URL('../../../cli/demo-shop/products.jsonl', import.meta.url));

interface DemoProduct {
  handle: string;
  title: Record<string, string>;
  description: Record<string, string>;
  category: string;
  brand: string;
  tags: string[];
  attributes: Record<string, AttributeValue>;
  skus: { price: number }[];
}

/** The demo shop's products as the search module indexes them, without a database. Ids are the handles. */
export function demoShopDocuments(): SearchDocument[] {
  return readFileSync(DEMO_PRODUCTS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const p = JSON.parse(line) as DemoProduct;
      // "鞋靴|Footwear/徒步鞋|Hiking shoes": a path of categories, each named "zh|en".
      const path = p.category.split('/').map((segment) => segment.split('|'));
      const leaf = path[path.length - 1] ?? [];
      const texts: SearchDocument['texts'] = {};
      for (const locale of Object.keys(p.title)) {
        texts[locale] = { title: p.title[locale] ?? '', description: p.description[locale] ?? null };
      }
      return {
        id: p.handle,
        texts,
        brand: { id: p.brand, names: p.brand.split('|') },
        category: { id: p.category, names: leaf, path: path.slice(0, -1).flat() },
        tags: p.tags,
        attributes: p.attributes,
        price: Math.min(...p.skus.map((s) => s.price)),
        currency: 'CNY',
        createdAt: Date.UTC(2026, 0, 1 + i),
      };
    });
}

/** An engine over the demo shop and the default dictionaries, as a merchant gets on day one. */
export async function demoShopSearch() {
  const engine = new InMemorySearchEngine();
  const docs = demoShopDocuments();
  await engine.upsert(docs);
  const understanding = new QueryUnderstanding(DEFAULT_DICTIONARIES, await engine.lexicon());
  return { engine, understanding, byId: new Map(docs.map((d) => [d.id, d])) };
}

import {
  defineAttribute,
  listAttributes,
  listBrands,
  listCategories,
  upsertBrand,
  upsertCategory,
} from '../../modules/catalog/index.ts';
import { fail, ok, type Ctx, type Result } from '../../platform/index.ts';

type LocalizedName = { 'zh-CN'?: string; en?: string };

/**
 * Import files name categories, brands and attributes; the catalog references them by id. This cache
 * resolves names to ids across a whole import, creating what is missing, so a 50,000-row file costs one
 * lookup per distinct name rather than per row.
 */
export class TaxonomyCache {
  private categories = new Map<string, string>();
  private brands = new Map<string, string>();
  private attributes = new Set<string>();

  static async load(ctx: Ctx): Promise<TaxonomyCache> {
    const cache = new TaxonomyCache();
    const all = await listCategories(ctx);
    const byId = new Map(all.map((c) => [c.id, c]));
    const pathOf = (id: string | null): string => {
      const c = id ? byId.get(id) : undefined;
      if (!c) return '';
      const parent = pathOf(c.parentId);
      return (parent ? parent + '/' : '') + keyOf(c.name);
    };
    for (const c of all) cache.categories.set(pathOf(c.id), c.id);
    for (const b of await listBrands(ctx)) cache.brands.set(keyOf(b.name), b.id);
    for (const a of await listAttributes(ctx)) cache.attributes.add(a.key);
    return cache;
  }

  /** "鞋靴|Footwear/徒步鞋|Hiking shoes": each segment is "zh|en", "zh" or "en". */
  async categoryId(ctx: Ctx, path: string): Promise<Result<string>> {
    let parentId: string | null = null;
    let soFar = '';
    for (const segment of path.split('/').map((s) => s.trim())) {
      if (!segment) return fail('VALIDATION_FAILED', `empty segment in category "${path}"`);
      const name = parseName(segment);
      soFar = (soFar ? soFar + '/' : '') + keyOf(name);
      let id = this.categories.get(soFar);
      if (!id) {
        const created = await upsertCategory(ctx, { name, parentId });
        if (!created.ok) return created;
        id = created.value.id;
        this.categories.set(soFar, id);
      }
      parentId = id;
    }
    return parentId ? ok(parentId) : fail('VALIDATION_FAILED', 'empty category');
  }

  async brandId(ctx: Ctx, label: string): Promise<Result<string>> {
    const name = parseName(label);
    const key = keyOf(name);
    const known = this.brands.get(key);
    if (known) return ok(known);
    const created = await upsertBrand(ctx, { name });
    if (!created.ok) return created;
    this.brands.set(key, created.value.id);
    return ok(created.value.id);
  }

  /** Defines attributes the file uses that the shop does not know yet, typed from the first value seen. */
  async ensureAttributes(ctx: Ctx, values: Record<string, unknown>): Promise<Result<true>> {
    for (const [key, value] of Object.entries(values)) {
      if (this.attributes.has(key)) continue;
      const type = attributeTypeOf(value);
      if (!type) return fail('VALIDATION_FAILED', `attribute "${key}" has a value of an unsupported shape`);
      const label = key.replace(/_/g, ' ');
      const defined = await defineAttribute(ctx, key, { type, label: { en: label } });
      if (!defined.ok) return defined;
      this.attributes.add(key);
    }
    return ok(true);
  }

  /** Forgets names created inside a transaction that rolled back. */
  async reload(ctx: Ctx): Promise<void> {
    const fresh = await TaxonomyCache.load(ctx);
    this.categories = fresh.categories;
    this.brands = fresh.brands;
    this.attributes = fresh.attributes;
  }
}

function parseName(label: string): LocalizedName {
  const [first, second] = label.split('|').map((s) => s.trim());
  if (second) return { 'zh-CN': first, en: second };
  return /[\u3400-\u9fff]/.test(first ?? '') ? { 'zh-CN': first } : { en: first };
}

const keyOf = (name: LocalizedName) => (name['zh-CN'] ?? name.en ?? '').toLowerCase();

function attributeTypeOf(value: unknown): 'boolean' | 'number' | 'text' | 'range' | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  if (value && typeof value === 'object' && 'min' in value && 'max' in value) return 'range';
  return undefined;
}

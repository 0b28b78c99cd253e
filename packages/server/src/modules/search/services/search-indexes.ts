import { and, eq, gt } from 'drizzle-orm';
import { ulid } from 'ulidx';
import type { Ctx, Runtime } from '../../../platform/index.ts';
import { listCategories, listProductsForIndexing, type IndexableProduct } from '../../catalog/index.ts';
import { InMemorySearchEngine } from '../engine/in-memory-engine.ts';
import type { SearchEngine } from '../engine/search-engine.ts';
import { QueryUnderstanding } from '../understanding/parse-intent.ts';
import { searchIndexChanges } from '../schema.ts';
import { loadDictionaries } from './merchant-dictionaries.ts';
import { toSearchDocument } from './to-search-document.ts';

const PAGE = 500;
// Changes are re-read this far back: transactions commit out of timestamp order, and refreshing twice is harmless.
const CATCH_UP_OVERLAP_MS = 5_000;

/** One merchant's search: its engine, how its queries are understood, and what results display. */
export interface MerchantSearch {
  engine: SearchEngine;
  understanding: QueryUnderstanding;
  products: Map<string, IndexableProduct>;
  categoryNames: Map<string, string[]>;
  /** When this process last read search_index_changes. */
  checkedAt: Date;
}

/**
 * The per-process registry of merchants' search indexes. A merchant's index is built from PostgreSQL the first
 * time it is searched, then kept current: catalogue events record changed products, and before each search the
 * process applies what changed since it last looked (so several processes stay in step).
 */
export class SearchIndexes {
  private readonly merchants = new Map<string, Promise<MerchantSearch>>();

  constructor(private readonly createEngine: () => SearchEngine = () => new InMemorySearchEngine()) {}

  async forMerchant(ctx: Ctx): Promise<MerchantSearch> {
    let pending = this.merchants.get(ctx.merchantId);
    if (!pending) {
      pending = this.build(ctx);
      this.merchants.set(ctx.merchantId, pending);
      pending.catch(() => this.merchants.delete(ctx.merchantId));
    }
    const search = await pending;
    await this.catchUp(ctx, search);
    return search;
  }

  /** Drops a merchant's index; the next search rebuilds it. */
  forget(merchantId: string): void {
    this.merchants.delete(merchantId);
  }

  /** Re-reads the dictionaries after a merchant edits them. */
  async reloadUnderstanding(ctx: Ctx): Promise<void> {
    const pending = this.merchants.get(ctx.merchantId);
    if (!pending) return;
    const search = await pending;
    search.understanding = new QueryUnderstanding(await loadDictionaries(ctx), await search.engine.lexicon());
  }

  private async build(ctx: Ctx): Promise<MerchantSearch> {
    const startedAt = new Date();
    const categoryNames = new Map(
      (await listCategories(ctx)).map((c) => [
        c.id,
        [c.name['zh-CN'], c.name.en].filter((n): n is string => !!n),
      ]),
    );
    const engine = this.createEngine();
    const products = new Map<string, IndexableProduct>();
    for (let afterId: string | undefined; ;) {
      const page = await listProductsForIndexing(ctx, { limit: PAGE, ...(afterId ? { afterId } : {}) });
      if (page.length === 0) break;
      for (const p of page) products.set(p.productId, p);
      await engine.upsert(page.map((p) => toSearchDocument(p, categoryNames)));
      afterId = page[page.length - 1]!.productId;
      if (page.length < PAGE) break;
    }
    const understanding = new QueryUnderstanding(await loadDictionaries(ctx), await engine.lexicon());
    return { engine, understanding, products, categoryNames, checkedAt: startedAt };
  }

  private async catchUp(ctx: Ctx, search: MerchantSearch): Promise<void> {
    const now = new Date();
    const since = new Date(search.checkedAt.getTime() - CATCH_UP_OVERLAP_MS);
    const changed = await ctx.db
      .selectDistinct({ productId: searchIndexChanges.productId })
      .from(searchIndexChanges)
      .where(and(eq(searchIndexChanges.merchantId, ctx.merchantId), gt(searchIndexChanges.changedAt, since)));
    search.checkedAt = now;
    if (changed.length === 0) return;
    const ids = changed.map((c) => c.productId);
    const fresh: IndexableProduct[] = [];
    for (let i = 0; i < ids.length; i += PAGE) {
      const chunk = ids.slice(i, i + PAGE);
      fresh.push(...(await listProductsForIndexing(ctx, { limit: chunk.length, productIds: chunk })));
    }
    const present = new Set(fresh.map((p) => p.productId));
    await search.engine.remove(ids.filter((id) => !present.has(id)));
    for (const id of ids) if (!present.has(id)) search.products.delete(id);
    for (const p of fresh) search.products.set(p.productId, p);
    await search.engine.upsert(fresh.map((p) => toSearchDocument(p, search.categoryNames)));
  }
}

/** Records that a product's search document must be refreshed; called in the catalogue event's transaction. */
export async function recordProductChange(ctx: Ctx, productId: string): Promise<void> {
  await ctx.db
    .insert(searchIndexChanges)
    .values({ id: `sic_${ulid().toLowerCase()}`, merchantId: ctx.merchantId, productId });
}

const registries = new WeakMap<Runtime, SearchIndexes>();

/** The registry of this app (tests build several apps in one process; each keeps its own indexes). */
export function searchIndexesOf(runtime: Runtime): SearchIndexes {
  let registry = registries.get(runtime);
  if (!registry) registries.set(runtime, (registry = new SearchIndexes()));
  return registry;
}

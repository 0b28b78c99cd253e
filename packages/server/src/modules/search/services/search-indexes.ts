import { and, eq, gt } from 'drizzle-orm';
import { newUlid, systemCtx, type Ctx, type Runtime } from '../../../platform/index.ts';
import { listCategories, listProductsForIndexing, type IndexableProduct } from '../../catalog/index.ts';
import { InMemorySearchEngine } from '../engine/in-memory-engine.ts';
import type { SearchEngine } from '../engine/search-engine.ts';
import { QueryUnderstanding } from '../understanding/parse-intent.ts';
import { searchIndexChanges, searchMerchants } from '../schema.ts';
import { loadDictionaries } from './merchant-dictionaries.ts';
import { REBUILD_AFTER_MS } from './prune-index-changes.ts';
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
 * The per-process registry of merchants' search indexes. At boot the process builds, in the background, the index
 * of every merchant the module has seen; a search that arrives first waits for its merchant's build (or starts
 * it). Indexes are then kept current: catalogue events record changed products, and before each search the
 * process applies what changed since it last looked (so several processes stay in step). A process that has not
 * looked for REBUILD_AFTER_MS rebuilds instead, since the changes it missed may have been pruned.
 */
export class SearchIndexes {
  private readonly merchants = new Map<string, Promise<MerchantSearch>>();
  /** Settles when the boot-time builds are done (or given up); for tests and tools. */
  warming: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly createEngine: () => SearchEngine = () => new InMemorySearchEngine(),
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Builds each known merchant's index, one after another so a boot does not hold every catalogue's pages at
   * once. Not awaited by the boot: the server answers meanwhile, and a search for a merchant still waiting
   * starts that merchant's build itself.
   */
  warm(runtime: Runtime): Promise<void> {
    this.warming = (async () => {
      const { db } = runtime.database;
      for (const merchantId of await knownMerchants(db)) {
        if (this.closed) return;
        if (this.merchants.has(merchantId)) continue;
        const ctx = systemCtx(db, merchantId, 'search index build', runtime.privacy);
        // A failed build is forgotten (see start): the merchant's first search tries again.
        await this.start(ctx).catch(() => undefined);
      }
    })().catch((err: unknown) => {
      if (!this.closed) runtime.log.warn({ err }, 'search: building indexes at boot failed');
    });
    return this.warming;
  }

  /** Stops a boot-time warm between merchants (the app is closing). */
  close(): void {
    this.closed = true;
  }

  /** Whether this merchant's index is built or being built. */
  has(merchantId: string): boolean {
    return this.merchants.has(merchantId);
  }

  async forMerchant(ctx: Ctx): Promise<MerchantSearch> {
    const pending = this.merchants.get(ctx.merchantId) ?? this.start(ctx);
    let search = await pending;
    if (this.now() - search.checkedAt.getTime() > REBUILD_AFTER_MS) {
      // Changes this process has not applied may already be pruned: rebuild (once, however many ask).
      const current = this.merchants.get(ctx.merchantId);
      search = await (current && current !== pending ? current : this.start(ctx));
    }
    await this.catchUp(ctx, search);
    return search;
  }

  private start(ctx: Ctx): Promise<MerchantSearch> {
    const pending = this.build(ctx);
    this.merchants.set(ctx.merchantId, pending);
    pending.catch(() => {
      if (this.merchants.get(ctx.merchantId) === pending) this.merchants.delete(ctx.merchantId);
    });
    return pending;
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
    const startedAt = new Date(this.now());
    await rememberMerchant(ctx);
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
    const now = new Date(this.now());
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
    .values({ id: `sic_${newUlid()}`, merchantId: ctx.merchantId, productId });
  await rememberMerchant(ctx);
}

async function rememberMerchant(ctx: Ctx): Promise<void> {
  await ctx.db.insert(searchMerchants).values({ merchantId: ctx.merchantId }).onConflictDoNothing();
}

/** Merchants to build at boot; changes recorded before search_merchants existed name merchants too. */
async function knownMerchants(db: Runtime['database']['db']): Promise<string[]> {
  const seen = await db.select({ merchantId: searchMerchants.merchantId }).from(searchMerchants);
  const changed = await db
    .selectDistinct({ merchantId: searchIndexChanges.merchantId })
    .from(searchIndexChanges);
  return [...new Set([...seen, ...changed].map((r) => r.merchantId))].sort();
}

const registries = new WeakMap<Runtime, SearchIndexes>();

/** The registry of this app (tests build several apps in one process; each keeps its own indexes). */
export function searchIndexesOf(runtime: Runtime): SearchIndexes {
  let registry = registries.get(runtime);
  if (!registry) registries.set(runtime, (registry = new SearchIndexes()));
  return registry;
}

import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HexamallModule, Runtime } from '../../platform/index.ts';
import { searchPersonalData } from './personal-data.ts';
import { adminSearchRoutes } from './routes/admin.ts';
import { storeSearchRoutes } from './routes/store.ts';
import { PRUNE_EVERY_MS, pruneIndexChanges } from './services/prune-index-changes.ts';
import { recordProductChange, searchIndexesOf } from './services/search-indexes.ts';

// The engine, for other modules, tools and the relevance benchmark: usable without a database.
export {
  InMemorySearchEngine,
  DEFAULT_BM25F,
  DEFAULT_FEEDBACK,
  DEFAULT_SPELLING_VARIANTS,
  type InMemoryEngineOptions,
} from './engine/in-memory-engine.ts';
export type * from './engine/search-engine.ts';
export type { SearchDocument, AttributeValue, DocumentTexts } from './engine/document.ts';
export type { Constraint } from './engine/constraints.ts';
export { JiebaSegmenter, IntlSegmenter, type ChineseSegmenter } from './engine/text/segmenter.ts';
export {
  LinearRankingStrategy,
  DEFAULT_RANKING_WEIGHTS,
  type RankingStrategy,
} from './engine/rank/ranking-strategy.ts';
export {
  LearnedRankingStrategy,
  type RankerModel,
  type RegressionTree,
} from './engine/rank/learned-ranking.ts';
export { DEFAULT_DICTIONARIES } from './understanding/default-dictionaries.ts';
export type { SearchDictionaries } from './understanding/dictionaries.ts';
export { QueryUnderstanding, describeIntent, type QueryIntent } from './understanding/parse-intent.ts';
export { searchProducts, type ProductSearchInput, type ProductSearchOutcome } from './search-products.ts';
export { searchIndexesOf, SearchIndexes, type MerchantSearch } from './services/search-indexes.ts';

const storeRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  await app.register(storeSearchRoutes, opts);
};

export const searchModule: HexamallModule = {
  name: 'search',
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  storeRoutes,
  adminRoutes: adminSearchRoutes,
  personalData: searchPersonalData,
  setup(runtime) {
    // Delivered in the event's transaction: the change is recorded if and only if the delivery commits.
    for (const type of [
      'product.created',
      'product.updated',
      'product.archived',
      'product.deleted',
    ] as const) {
      runtime.events.on(type, (event, ctx) => recordProductChange(ctx, event.payload.productId));
    }
    runtime.jobs.registerRecurring('search.prune_index_changes', PRUNE_EVERY_MS, async (ctx) => {
      await pruneIndexChanges(ctx);
    });
  },
  async boot(runtime) {
    // In the background: the server answers meanwhile, and a search that comes first waits for its merchant.
    void searchIndexesOf(runtime).warm(runtime);
  },
};

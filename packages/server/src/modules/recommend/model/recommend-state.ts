import type { Ctx, Runtime } from '../../../platform/index.ts';
import { listProductsForIndexing } from '../../catalog/index.ts';

/**
 * What one process holds for recommendations: the clock it reads (tests move it) and each merchant's
 * fitted model. One per app, since tests build several apps in one process.
 */
export class RecommendState {
  now: () => Date = () => new Date();

  /** Which of these ids are products on sale at the merchant. */
  async knownProducts(ctx: Ctx, productIds: readonly string[]): Promise<ReadonlySet<string>> {
    const found = await listProductsForIndexing(ctx, { limit: productIds.length, productIds });
    return new Set(found.map((p) => p.productId));
  }
}

const states = new WeakMap<Runtime, RecommendState>();

export function recommendStateOf(runtime: Runtime): RecommendState {
  let state = states.get(runtime);
  if (!state) states.set(runtime, (state = new RecommendState()));
  return state;
}

import { eq, sql } from 'drizzle-orm';
import { systemCtx, type Ctx, type Runtime } from '../../../platform/index.ts';
import { listProductsForIndexing } from '../../catalog/index.ts';
import { recommendEvents, recommendModelRuns } from '../schema.ts';
import { buildMerchantModel, type MerchantModel } from './merchant-model.ts';
import { ProfileCache } from '../profile/profile-cache.ts';
import { socialSignalsReader, type SocialSignalsReader } from '../../social/index.ts';

// How often a process asks whether another one rebuilt a merchant's model.
const VERSION_CHECK_MS = 5_000;

interface Held {
  model: MerchantModel;
  version: number;
  checkedAt: number;
  rebuilding?: Promise<void> | undefined;
}

/**
 * What one process holds for recommendations: each merchant's fitted model and the clock it reads (tests
 * move it). A model is built on a merchant's first request; after that the retrain job rebuilds it and
 * bumps the version in recommend_model_runs, and every other process notices within VERSION_CHECK_MS and
 * rebuilds in the background, answering from the model it has meanwhile. One per app, since tests build
 * several apps in one process.
 */
export class RecommendState {
  now: () => Date = () => new Date();
  private readonly held = new Map<string, Promise<Held>>();
  readonly profiles: ProfileCache;
  /** Friends' and followed creators' favourites, through the social module's cache. */
  readonly socialSignals: SocialSignalsReader;

  constructor(private readonly runtime: Runtime) {
    this.socialSignals = socialSignalsReader(runtime);
    this.profiles = new ProfileCache(runtime.versions);
  }

  /** The merchant's model, built now when this process has none. */
  async modelFor(ctx: Ctx): Promise<MerchantModel> {
    let pending = this.held.get(ctx.merchantId);
    if (!pending) {
      pending = this.load(ctx.merchantId);
      this.held.set(ctx.merchantId, pending);
      pending.catch(() => this.held.delete(ctx.merchantId));
    }
    const held = await pending;
    const nowMs = Date.now();
    if (nowMs - held.checkedAt > VERSION_CHECK_MS && !held.rebuilding) {
      held.checkedAt = nowMs;
      const version = await this.storedVersion(ctx.merchantId);
      if (version !== held.version) {
        held.rebuilding = this.build(ctx.merchantId)
          .then((model) => {
            held.model = model;
            held.version = version;
          })
          .catch((err: unknown) => this.runtime.log.error({ err }, 'recommendation model rebuild failed'))
          .finally(() => (held.rebuilding = undefined));
      }
    }
    return held.model;
  }

  /**
   * Rebuilds the merchant's model in the caller's transaction (the retrain job), records the new version
   * and installs the model in this process.
   */
  async retrain(ctx: Ctx): Promise<{ model: MerchantModel; version: number }> {
    const model = await buildMerchantModel(ctx, this.now());
    const [watermark] = await ctx.db
      .select({ id: sql<number | null>`max(${recommendEvents.id})` })
      .from(recommendEvents)
      .where(eq(recommendEvents.merchantId, ctx.merchantId));
    const [run] = await ctx.db
      .insert(recommendModelRuns)
      .values({
        merchantId: ctx.merchantId,
        version: 1,
        eventWatermark: Number(watermark?.id ?? 0),
        sessions: model.sessionCount,
        trainedAt: model.builtAt,
      })
      .onConflictDoUpdate({
        target: recommendModelRuns.merchantId,
        set: {
          version: sql`${recommendModelRuns.version} + 1`,
          eventWatermark: Number(watermark?.id ?? 0),
          sessions: model.sessionCount,
          trainedAt: model.builtAt,
        },
      })
      .returning({ version: recommendModelRuns.version });
    this.held.set(ctx.merchantId, Promise.resolve({ model, version: run!.version, checkedAt: Date.now() }));
    return { model, version: run!.version };
  }

  /** Which of these ids are products on sale at the merchant. */
  async knownProducts(ctx: Ctx, productIds: readonly string[]): Promise<ReadonlySet<string>> {
    const held = this.held.get(ctx.merchantId);
    const model = held ? (await held.catch(() => undefined))?.model : undefined;
    const known = new Set(productIds.filter((id) => model?.byId.has(id)));
    const missing = productIds.filter((id) => !known.has(id));
    // Products added since the model was built are looked up; the next build takes them in.
    if (missing.length > 0) {
      const found = await listProductsForIndexing(ctx, { limit: missing.length, productIds: missing });
      for (const p of found) known.add(p.productId);
    }
    return known;
  }

  private async load(merchantId: string): Promise<Held> {
    const version = await this.storedVersion(merchantId);
    return { model: await this.build(merchantId), version, checkedAt: Date.now() };
  }

  private build(merchantId: string): Promise<MerchantModel> {
    const ctx = systemCtx(this.runtime.database.db, merchantId, 'recommend:build', this.runtime.privacy);
    return buildMerchantModel(ctx, this.now());
  }

  private async storedVersion(merchantId: string): Promise<number> {
    const [run] = await this.runtime.database.db
      .select({ version: recommendModelRuns.version })
      .from(recommendModelRuns)
      .where(eq(recommendModelRuns.merchantId, merchantId));
    return run?.version ?? 0;
  }
}

const states = new WeakMap<Runtime, RecommendState>();

export function recommendStateOf(runtime: Runtime): RecommendState {
  let state = states.get(runtime);
  if (!state) states.set(runtime, (state = new RecommendState(runtime)));
  return state;
}

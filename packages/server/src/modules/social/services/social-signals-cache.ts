import type { Ctx, ReadCache, Runtime } from '../../../platform/index.ts';
import { onSubjectErased } from '../../privacy/index.ts';
import { loadSocialSignals, type LoadedSocialSignals, type SocialSignal } from './social-signals.ts';

// The recommendations API asks for a shopper's social signals on every home feed and empty search, and
// the statement behind them is the costliest it sends (~0.5 ms of PostgreSQL CPU). Follows and favourites
// change far less often than feeds are opened, so the answer is kept per shopper and dropped, in every
// process, when the shopper or anyone they follow changes a favourite, a follow or creator status. The
// TTL is the safety net for a lost invalidation, as with the catalogue's caches (decision 0005).
const TTL_MS = 30_000;

const byRuntime = new WeakMap<Runtime, ReadCache<LoadedSocialSignals>>();

const tagOf = (merchantId: string, customerId: string) => `social:${merchantId}:${customerId}`;

export function createSocialSignalsCache(runtime: Runtime): void {
  const cache = runtime.createCache<LoadedSocialSignals>('social.signals', { max: 20_000, ttlMs: TTL_MS });
  byRuntime.set(runtime, cache);
  // Erasure deletes the person's favourites and follows without passing through the routes.
  onSubjectErased(runtime, (subject) =>
    forgetSocialSignals(runtime, subject.merchantId, [subject.customerId]),
  );
  runtime.events.on('privacy.data_key_destroyed', async (event) => {
    await cache.invalidate([tagOf(event.merchantId, event.payload.subjectId)]);
  });
}

/** Drops the cached signals of these shoppers and of everyone following them. */
export async function forgetSocialSignals(
  runtime: Runtime,
  merchantId: string,
  customerIds: readonly string[],
): Promise<void> {
  const cache = byRuntime.get(runtime);
  if (cache && customerIds.length > 0) await cache.invalidate(customerIds.map((id) => tagOf(merchantId, id)));
}

export type SocialSignalsReader = (
  ctx: Ctx,
  customerId: string,
  options: { limit: number },
) => Promise<SocialSignal[]>;

/** `socialSignals` through this process's cache. */
export function socialSignalsReader(runtime: Runtime): SocialSignalsReader {
  return async (ctx, customerId, options) => {
    const cache = byRuntime.get(runtime);
    if (!cache) throw new Error('the social signals cache is created in socialModule.setup');
    const loaded = await cache.get(
      `${ctx.merchantId}|${customerId}|${options.limit}`,
      (value) => [customerId, ...value.followees].map((id) => tagOf(ctx.merchantId, id)),
      () => loadSocialSignals(ctx, customerId, options),
    );
    return loaded?.signals ?? [];
  };
}

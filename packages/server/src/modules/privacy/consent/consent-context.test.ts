import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { installStoreContext, type Authenticators } from '../../../platform/http/auth.ts';
import { registerProblemHandlers, type Ctx } from '../../../platform/index.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase } from '../../../testing/harness.ts';
import { cachedConsentResolver, personalisationMode } from './index.ts';

describeEachDatabase('consent on the request context', (h) => {
  /**
   * A bare scope with the real request hook and consent loader, whose one route answers what a feed
   * would decide: the app's own routes do not echo their ctx.
   */
  async function feedApp(customerId: string, merchantId: string) {
    const auth: Authenticators = {
      resolveMerchant: async () => merchantId,
      resolveShopper: async () => ({ customerId, merchantId, sessionId: 'ses_test' }),
      resolveStaff: async () => undefined,
      // The app's own resolver: its cache must see the route's changes.
      resolveConsent: cachedConsentResolver(h().app.runtime),
    };
    const app = Fastify();
    registerProblemHandlers(app);
    await app.register(async (scope) => {
      installStoreContext(scope, h().database.db, auth, h().privacy);
      scope.get('/feed', async (request) => ({
        mode: personalisationMode(request.ctx),
        consent: [...request.ctx.consent].sort(),
      }));
    });
    return app;
  }

  it('carries the consent in force at each request, so a withdrawal bites on the next one', async () => {
    const shop = await createMerchant(h());
    const { token, customerId } = await signUpShopper(h(), shop.handle);
    const feed = await feedApp(customerId, shop.merchantId);
    const read = async () =>
      (await feed.inject({ url: '/feed', headers: bearer('any') })).json<{
        mode: string;
        consent: string[];
      }>();
    const choose = async (purpose: string, granted: boolean) => {
      const res = await h().app.inject({
        method: 'PUT',
        url: '/api/store/privacy/consents',
        headers: bearer(token),
        payload: {
          noticeVersion: '2026-12-01',
          method: 'banner',
          channel: 'web',
          changes: [{ purpose, granted }],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    };

    expect(await read()).toEqual({ mode: 'non_personalised', consent: [] });
    await choose('personalisation', true);
    await choose('analytics', true);
    expect(await read()).toEqual({ mode: 'personalised', consent: ['analytics', 'personalisation'] });
    await choose('personalisation', false);
    expect(await read()).toEqual({ mode: 'non_personalised', consent: ['analytics'] });
    await feed.close();
  });

  it('serves guests and staff the non-personalised mode', () => {
    const base = { consent: new Set(['personalisation'] as const) } as unknown as Ctx;
    expect(personalisationMode({ ...base, actor: { kind: 'guest' } })).toBe('non_personalised');
    expect(personalisationMode({ ...base, actor: { kind: 'system', reason: 'push' } })).toBe(
      'non_personalised',
    );
    expect(
      personalisationMode({ ...base, actor: { kind: 'shopper', customerId: 'cus_1', sessionId: 'ses_1' } }),
    ).toBe('personalised');
  });
});

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { customerIdOf, unwrap, type Ctx, type Runtime } from '../../../platform/index.ts';
import { consentCacheOf } from './consent-cache.ts';
import { currentConsents } from './services/current-consents.ts';
import { recordConsents } from './services/record-consents.ts';
import { CURRENT_NOTICE_VERSION } from './purposes.ts';
import { ConsentsSchema, NoticeSchema, RecordConsentsBody, toConsentsView } from './views.ts';

// `shopper: true` guarantees a shopper actor; this only narrows the type.
const shopperOf = (ctx: Ctx): string => customerIdOf(ctx) ?? '';

export const storeConsentRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const consents = consentCacheOf(runtime);
  const common = { tags: ['privacy'], security: [{ bearer: [] }] };
  const config = { shopper: true };

  // Open to guests: a sign-up form shows the notice and sends its version back with the choices.
  app.get(
    '/privacy/notice',
    {
      schema: {
        tags: ['privacy'],
        summary: 'The privacy notice in force, whose version consent choices must name',
        response: { 200: NoticeSchema },
      },
    },
    async () => ({ version: CURRENT_NOTICE_VERSION }),
  );

  app.get(
    '/privacy/consents',
    {
      config,
      schema: {
        ...common,
        summary: 'My consent to each purpose; unrecorded purposes are not granted',
        response: { 200: ConsentsSchema },
      },
    },
    async (request) =>
      toConsentsView(await currentConsents(request.ctx.db, request.ctx.merchantId, shopperOf(request.ctx))),
  );

  app.put(
    '/privacy/consents',
    {
      config,
      schema: {
        ...common,
        summary: 'Grant or withdraw consent; takes effect from the next request',
        description:
          'Granting third_party_sharing, cross_border or sensitive_data must be the only change in its request.',
        body: RecordConsentsBody,
        response: { 200: ConsentsSchema },
      },
    },
    async (request) => {
      const shopper = shopperOf(request.ctx);
      const recorded = unwrap(await recordConsents(request.ctx, shopper, request.body));
      // Committed: every process's next request of this shopper reads the new consents.
      await consents.changed(request.ctx.merchantId, shopper);
      return toConsentsView(recorded);
    },
  );
};

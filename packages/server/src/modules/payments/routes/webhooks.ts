import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, systemCtx, unwrap, withMerchant, type Runtime } from '../../../platform/index.ts';
import { paymentProviders } from '../providers/registry.ts';
import { lentDeliveryTransaction } from '../sandbox-gateway/delivery.ts';
import { applyProviderEvent } from '../services/apply-provider-event.ts';

const MAX_WEBHOOK_BYTES = 64 * 1024;

/**
 * Provider webhooks. Signatures cover the exact bytes sent, so this scope keeps JSON bodies as the raw
 * string (its own parser, not the app's) and each provider parses after verifying.
 */
export const webhookRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: MAX_WEBHOOK_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/webhooks/:provider',
    {
      bodyLimit: MAX_WEBHOOK_BYTES,
      schema: {
        tags: ['payments'],
        summary: 'Payment provider webhook (signed)',
        params: Type.Object(
          { provider: Type.String({ pattern: '^[a-z0-9_-]{1,32}$', maxLength: 32 }) },
          { additionalProperties: false },
        ),
        body: Type.String({ maxLength: MAX_WEBHOOK_BYTES, description: 'The provider event as sent, JSON' }),
        response: {
          200: Type.Object(
            {
              received: Type.Boolean(),
              duplicate: Type.Boolean({ description: 'Seen before; nothing changed' }),
            },
            { additionalProperties: false },
          ),
        },
      },
    },
    async (request) => {
      const provider = paymentProviders.get(request.params.provider);
      if (!provider) throw new AppError('NOT_FOUND', 'no such payment provider');
      const event = unwrap(provider.parseWebhook(request.body, request.headers, new Date()));
      const lent = lentDeliveryTransaction(request.headers);
      const ctx = lent
        ? withMerchant(lent, event.merchantId)
        : systemCtx(runtime.database.db, event.merchantId, `webhook:${provider.id}`, runtime.privacy);
      const applied = await applyProviderEvent(ctx, provider.id, event);
      return { received: true, duplicate: applied.duplicate };
    },
  );
};

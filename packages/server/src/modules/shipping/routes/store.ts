import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { QuoteInput, QuoteView } from '../contracts.ts';
import { quoteShipping } from '../services/quote-shipping.ts';

export const storeShippingRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.post(
    '/shipping/quote',
    {
      schema: {
        tags: ['shipping'],
        summary: 'Estimate shipping for the checkout page (checkout recomputes it from the catalog)',
        body: QuoteInput,
        response: { 200: QuoteView },
      },
    },
    async (request) => unwrap(await quoteShipping(request.ctx, request.body)),
  );
};

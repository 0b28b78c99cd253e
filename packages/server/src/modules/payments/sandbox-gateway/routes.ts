import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, unwrap, type Runtime } from '../../../platform/index.ts';
import { InstalmentsSchema } from '../views.ts';
import { checkCard } from './cards.ts';
import { findSandboxCharge, settleSandboxCharge, type Settlement } from './charges.ts';
import { PROVIDER_REF_PATTERN } from './event.ts';
import { renderChargePage } from './page.ts';

const Params = Type.Object(
  { providerRef: Type.String({ pattern: PROVIDER_REF_PATTERN, maxLength: 28 }) },
  { additionalProperties: false },
);
const DuplicateWebhook = Type.Optional(
  Type.Boolean({ description: 'Deliver the webhook twice (tests idempotency)', default: false }),
);
const Outcome = Type.Object(
  {
    providerRef: Type.String(),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('declined'), Type.Literal('pending')]),
    returnUrl: Type.Union([Type.String(), Type.Null()]),
    webhooks: Type.Integer({ minimum: 0, maximum: 2, description: 'Webhook deliveries queued' }),
  },
  { additionalProperties: false },
);

const ActionBody = Type.Object({ duplicateWebhook: DuplicateWebhook }, { additionalProperties: false });
const DeclineBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Sent as the failure reason' }),
    ),
    duplicateWebhook: DuplicateWebhook,
  },
  { additionalProperties: false },
);
const CardBody = Type.Object(
  {
    cardNumber: Type.String({ minLength: 12, maxLength: 23, pattern: '^[0-9 -]+$' }),
    expiry: Type.String({ maxLength: 5, pattern: '^(0[1-9]|1[0-2])/[0-9]{2}$', description: 'MM/YY' }),
    cvc: Type.String({ maxLength: 4, pattern: '^[0-9]{3,4}$' }),
    instalments: Type.Optional(InstalmentsSchema),
    duplicateWebhook: DuplicateWebhook,
  },
  { additionalProperties: false },
);

/**
 * The sandbox gateway: hosted pages plus JSON endpoints that settle a charge as the shopper's bank or
 * wallet would. It changes only its own books and queues signed webhooks; the app's payment changes
 * when the webhook arrives.
 */
export const sandboxGatewayRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (
  app,
  { runtime },
) => {
  const db = runtime.database.db;
  const common = { tags: ['sandbox gateway'], params: Params };
  const settle = async (providerRef: string, settlement: Settlement) =>
    unwrap(await settleSandboxCharge(db, providerRef, settlement));

  app.get(
    '/sandbox-gateway/payments/:providerRef',
    {
      schema: {
        ...common,
        summary: "The charge's hosted payment page (HTML)",
        response: { 200: { content: { 'text/html': { schema: Type.String() } } } },
      },
    },
    async (request, reply) => {
      const charge = await findSandboxCharge(db, request.params.providerRef);
      if (!charge) throw new AppError('PAYMENT_NOT_FOUND');
      return reply
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderChargePage(charge));
    },
  );

  app.post(
    '/sandbox-gateway/payments/:providerRef/approve',
    { schema: { ...common, summary: 'Pay the charge', body: ActionBody, response: { 200: Outcome } } },
    async (request) =>
      settle(request.params.providerRef, {
        action: 'approve',
        duplicateWebhook: request.body.duplicateWebhook,
      }),
  );

  app.post(
    '/sandbox-gateway/payments/:providerRef/decline',
    {
      schema: {
        ...common,
        summary: 'Decline the charge',
        body: DeclineBody,
        response: { 200: Outcome },
      },
    },
    async (request) =>
      settle(request.params.providerRef, {
        action: 'decline',
        reason: request.body.reason ?? null,
        duplicateWebhook: request.body.duplicateWebhook,
      }),
  );

  app.post(
    '/sandbox-gateway/payments/:providerRef/timeout',
    {
      schema: {
        ...common,
        summary: 'Let the bank time out (no webhook)',
        body: ActionBody,
        response: { 200: Outcome },
      },
    },
    async (request) => settle(request.params.providerRef, { action: 'timeout' }),
  );

  app.post(
    '/sandbox-gateway/payments/:providerRef/card',
    {
      schema: {
        ...common,
        summary: 'Pay the charge with a test card',
        body: CardBody,
        response: { 200: Outcome },
      },
    },
    async (request) => {
      const charge = await findSandboxCharge(db, request.params.providerRef);
      if (!charge) throw new AppError('PAYMENT_NOT_FOUND');
      const isCard = charge.method === 'card' || charge.method === 'instalments';
      if (!isCard) throw new AppError('VALIDATION_FAILED', 'this charge is not paid by card');
      const { instalments } = request.body;
      if (instalments !== undefined && charge.method !== 'instalments') {
        throw new AppError('VALIDATION_FAILED', 'instalments apply only to an instalments charge');
      }
      const card = checkCard(request.body, new Date());
      if (!card.valid) throw new AppError('VALIDATION_FAILED', card.message);
      return settle(charge.providerRef, {
        action: card.outcome,
        reason: card.declineReason,
        cardToken: card.token,
        duplicateWebhook: request.body.duplicateWebhook,
        ...(instalments === undefined ? {} : { instalments }),
      });
    },
  );
};

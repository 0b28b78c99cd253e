import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, unwrap, type Runtime } from '../../platform/index.ts';
import { PaymentSchema } from '../../modules/payments/index.ts';
import { RiskAssessmentParams, RiskAssessmentSchema } from '../../modules/risk/index.ts';
import { approveHeldPaymentWorkflow, rejectHeldPaymentWorkflow } from './index.ts';

const ReviewBody = Type.Object(
  { note: Type.Optional(FreeText({ minLength: 1, maxLength: 500, description: 'Why, for the trail' })) },
  { additionalProperties: false },
);
const Reviewed = Type.Object(
  { assessment: RiskAssessmentSchema, payment: PaymentSchema },
  { additionalProperties: false },
);

/**
 * Deciding a held payment. No Idempotency-Key: a decision is made once (the second answers
 * RISK_ASSESSMENT_DECIDED), so a double click cannot open two charges.
 */
export const reviewPaymentRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = {
    tags: ['risk'],
    security: [{ bearer: [] }],
    params: RiskAssessmentParams,
    body: ReviewBody,
    response: { 200: Reviewed },
  };
  app.post(
    '/risk/assessments/:id/approve',
    {
      config: { permission: 'risk:review' },
      schema: {
        ...common,
        summary: 'Approve a held payment: its charge is opened and the shopper can pay it',
      },
    },
    async (request) =>
      unwrap(
        await approveHeldPaymentWorkflow(request.ctx, { assessmentId: request.params.id, ...request.body }),
      ),
  );
  app.post(
    '/risk/assessments/:id/reject',
    {
      config: { permission: 'risk:review' },
      schema: {
        ...common,
        summary: 'Reject a held payment: it fails with risk_rejected; the order stays payable',
      },
    },
    async (request) =>
      unwrap(
        await rejectHeldPaymentWorkflow(request.ctx, { assessmentId: request.params.id, ...request.body }),
      ),
  );
};

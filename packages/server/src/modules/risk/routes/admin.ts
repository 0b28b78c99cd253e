import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pageOf, PageQuery, unwrap, type Runtime } from '../../../platform/index.ts';
import { getRiskAssessment, listRiskAssessments } from '../services/list-assessments.ts';
import { getRiskThresholds, setRiskThresholds } from '../services/settings.ts';
import { RiskThresholdsSchema } from '../thresholds.ts';
import { RiskAssessmentSchema } from '../views.ts';

const AssessmentQuery = Type.Object(
  {
    ...PageQuery.properties,
    view: Type.Optional(
      Type.Union([Type.Literal('held'), Type.Literal('reviewed'), Type.Literal('scored')], {
        description: 'held (default): waiting for review; reviewed: approved, rejected or lapsed',
      }),
    ),
  },
  { additionalProperties: false },
);
export const AssessmentParams = Type.Object(
  { id: Type.String({ pattern: '^rsk_[0-9a-z]{26}$', maxLength: 40 }) },
  { additionalProperties: false },
);

/** The console's payment-risk page: the review queue, one assessment, and the merchant's thresholds. */
export const riskAdminRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['risk'], security: [{ bearer: [] }] };

  app.get(
    '/risk/assessments',
    {
      config: { permission: 'risk:review' },
      schema: {
        ...common,
        summary: 'Payment risk assessments, newest first (the held ones by default)',
        querystring: AssessmentQuery,
        response: { 200: pageOf(RiskAssessmentSchema) },
      },
    },
    async (request) =>
      listRiskAssessments(request.ctx, {
        view: request.query.view ?? 'held',
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/risk/assessments/:id',
    {
      config: { permission: 'risk:review' },
      schema: {
        ...common,
        summary: 'One payment risk assessment with its score, reasons and decision',
        params: AssessmentParams,
        response: { 200: RiskAssessmentSchema },
      },
    },
    async (request) => unwrap(await getRiskAssessment(request.ctx, request.params.id)),
  );

  app.get(
    '/risk/settings',
    {
      config: { permission: 'risk:review' },
      schema: {
        ...common,
        summary: "The shop's risk thresholds (the defaults until changed)",
        response: { 200: RiskThresholdsSchema },
      },
    },
    async (request) => getRiskThresholds(request.ctx),
  );

  app.put(
    '/risk/settings',
    {
      config: { permission: 'settings:write' },
      schema: {
        ...common,
        summary: "Replace the shop's risk thresholds",
        description: 'Applies to payment attempts from now on; decided assessments keep their scores.',
        body: RiskThresholdsSchema,
        response: { 200: RiskThresholdsSchema },
      },
    },
    async (request) => setRiskThresholds(request.ctx, request.body),
  );
};

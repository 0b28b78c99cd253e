import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unwrap, type Runtime } from '../../../platform/index.ts';
import { cityTierOf, CITIES } from '../city-tiers.ts';
import { CityTierSchema, DemographicsBody, DemographicsSchema, type Demographics } from '../demographics.ts';
import { getMyDemographics, setMyDemographics } from '../services/demographics.ts';

const CitySchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  tier: CityTierSchema,
});

/** The shopper-portrait profile fields, and the city table the storefront's picker shows. */
export const demographicsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  const common = { tags: ['customers'], security: [{ bearer: [] }] };
  const view = (ctx: Parameters<typeof getMyDemographics>[0], d: Demographics) => ({
    ...d,
    cityTier: d.city === null ? null : cityTierOf(d.city),
    analyticsConsent: ctx.consent.has('analytics'),
  });

  app.get(
    '/me/demographics',
    {
      config: { shopper: true },
      schema: {
        ...common,
        summary: 'My shopper-portrait details (birth year, gender, city, income band)',
        response: { 200: DemographicsSchema },
      },
    },
    async (request) => view(request.ctx, unwrap(await getMyDemographics(request.ctx))),
  );

  app.put(
    '/me/demographics',
    {
      config: { shopper: true },
      schema: {
        ...common,
        summary: 'Replace my shopper-portrait details',
        description:
          'Used only, sealed and counted in bands of at least 5 people, for the shop’s anonymous shopper portrait. ' +
          'Storing any value needs the analytics consent (DEMOGRAPHICS_CONSENT_REQUIRED); all null removes them.',
        body: DemographicsBody,
        response: { 200: DemographicsSchema },
      },
    },
    async (request) => view(request.ctx, unwrap(await setMyDemographics(request.ctx, request.body))),
  );

  app.get(
    '/cities',
    {
      schema: {
        tags: ['customers'],
        summary: 'The city table for the profile picker, with each city’s tier',
        response: { 200: Type.Object({ items: Type.Array(CitySchema) }) },
      },
    },
    async () => ({ items: [...CITIES] }),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FreeText, unwrap, type Runtime } from '../../../platform/index.ts';
import { updateProfile } from '../services/update-profile.ts';
import { CustomerSchema } from '../views.ts';
import { PhoneSchema } from './address-schemas.ts';

const UpdateProfileBody = Type.Object(
  {
    displayName: Type.Optional(FreeText({ minLength: 1, maxLength: 60 })),
    phone: Type.Optional(Type.Union([PhoneSchema, Type.Null()])),
    idNumber: Type.Optional(
      Type.Union([Type.String({ minLength: 18, maxLength: 18, pattern: '^[0-9]{17}[0-9Xx]$' }), Type.Null()]),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const profileRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  app.patch(
    '/me',
    {
      config: { shopper: true },
      schema: {
        tags: ['customers'],
        summary: 'Correct the signed-in shopper’s profile',
        description:
          'Name, phone and ID-card number (the latter needs the separate sensitive_data consent). Null removes a value.',
        security: [{ bearer: [] }],
        body: UpdateProfileBody,
        response: { 200: CustomerSchema },
      },
    },
    async (request) => unwrap(await updateProfile(request.ctx, request.body)),
  );
};

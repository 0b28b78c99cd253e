import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, signInThrottleOf, unwrap, withMerchant, type Runtime } from '../../../platform/index.ts';
import { MAX_PASSWORD_LENGTH } from '../credentials.ts';
import { getMerchant, resolveMerchant } from '../services/get-merchant.ts';
import { getStaff } from '../services/get-staff.ts';
import { signInStaff } from '../services/sign-in-staff.ts';
import { signOutStaff } from '../services/sign-out-staff.ts';
import { MeSchema, permissionsOf, SignedInSchema } from '../views.ts';

const SignInBody = Type.Object(
  {
    merchant: Type.Optional(
      Type.String({ maxLength: 40, description: 'Merchant handle; the default merchant if absent' }),
    ),
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
  },
  { additionalProperties: false },
);

export const staffAuthRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const throttle = signInThrottleOf(app, opts.runtime);

  app.post(
    '/auth/sign-in',
    {
      config: { public: true },
      schema: {
        tags: ['staff'],
        summary: 'Sign a staff member in',
        description:
          'After 5 failures for one account (or 30 from one address) in 15 minutes, attempts answer 429 SIGN_IN_THROTTLED with Retry-After, whether or not the account exists.',
        body: SignInBody,
        response: { 200: SignedInSchema },
      },
    },
    async (request, reply) => {
      const { ctx, body } = request;
      // Keyed by merchant id, so naming the default merchant by handle or not at all is one account.
      const merchantId =
        body.merchant === undefined ? ctx.merchantId : await resolveMerchant(ctx.db, body.merchant);
      const attempt = await throttle.admit(
        {
          scope: 'admin',
          merchant: merchantId ?? `unknown:${body.merchant}`,
          email: body.email,
          address: request.ip,
        },
        reply,
      );
      const result = await signInStaff(ctx, body);
      await attempt.settle(result.ok);
      const signedIn = unwrap(result);
      const merchant = unwrap(await getMerchant(withMerchant(request.ctx, signedIn.merchantId)));
      return {
        token: signedIn.token,
        staff: signedIn.staff,
        merchant,
        permissions: permissionsOf(signedIn.staff.role),
      };
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { anyStaff: true },
      schema: {
        tags: ['staff'],
        summary: 'End this session',
        security: [{ bearer: [] }],
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await signOutStaff(request.ctx);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { anyStaff: true },
      schema: {
        tags: ['staff'],
        summary: 'The signed-in staff member',
        security: [{ bearer: [] }],
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
      const staff = unwrap(await getStaff(request.ctx, actor.staffId));
      return {
        staff,
        merchant: unwrap(await getMerchant(request.ctx)),
        permissions: permissionsOf(staff.role),
      };
    },
  );
};

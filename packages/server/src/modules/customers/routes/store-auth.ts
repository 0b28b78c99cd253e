import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AppError,
  customerIdOf,
  EmailAddress,
  FreeText,
  signInThrottleOf,
  unwrap,
  type Runtime,
} from '../../../platform/index.ts';
import { SignUpConsentsBody } from '../../privacy/index.ts';
import { MAX_PASSWORD_LENGTH } from '../../staff/index.ts';
import { getCustomer } from '../services/get-customer.ts';
import { signIn } from '../services/sign-in.ts';
import { sessionCacheOf } from '../services/session-cache.ts';
import { signOut } from '../services/sign-out.ts';
import { signUp } from '../services/sign-up.ts';
import { CustomerSchema } from '../views.ts';
import { PhoneSchema } from './address-schemas.ts';

const SignUpBody = Type.Object(
  {
    email: EmailAddress,
    password: Type.String({ maxLength: MAX_PASSWORD_LENGTH, description: 'At least 8 characters' }),
    displayName: FreeText({ minLength: 1, maxLength: 80 }),
    phone: Type.Optional(PhoneSchema),
    consents: Type.Optional(SignUpConsentsBody),
  },
  { additionalProperties: false },
);
const SignInBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
  },
  { additionalProperties: false },
);
const SignedIn = Type.Object(
  { token: Type.String(), customer: CustomerSchema },
  { additionalProperties: false },
);

const cartTokenNote =
  'Send the guest cart in the x-cart-token header to have it merged into the account (customer.signed_in event).';

export const storeAuthRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app, opts) => {
  const throttle = signInThrottleOf(app, opts.runtime);

  app.post(
    '/auth/sign-up',
    {
      schema: {
        tags: ['customers'],
        summary: 'Create a shopper account and sign it in',
        description: cartTokenNote,
        body: SignUpBody,
        response: { 201: SignedIn },
      },
    },
    async (request, reply) => reply.code(201).send(unwrap(await signUp(request.ctx, request.body))),
  );

  app.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['customers'],
        summary: 'Sign a shopper in',
        description: `${cartTokenNote} After 5 failures for one account (or 30 from one address) in 15 minutes, attempts answer 429 SIGN_IN_THROTTLED with Retry-After, whether or not the account exists.`,
        body: SignInBody,
        response: { 200: SignedIn },
      },
    },
    async (request, reply) => {
      const { ctx, body } = request;
      const key = {
        scope: 'store',
        merchant: ctx.merchantId,
        email: body.email,
        address: request.ip,
      } as const;
      const attempt = await throttle.admit(key, reply);
      const result = await signIn(ctx, body);
      await attempt.settle(result.ok);
      return unwrap(result);
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { shopper: true },
      schema: {
        tags: ['customers'],
        summary: 'End this session',
        security: [{ bearer: [] }],
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await signOut(request.ctx);
      // Committed: the token is refused from the next request in every process.
      const shopper = customerIdOf(request.ctx);
      if (shopper) await sessionCacheOf(opts.runtime).changed(request.ctx.merchantId, shopper);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { shopper: true },
      schema: {
        tags: ['customers'],
        summary: 'The signed-in shopper',
        security: [{ bearer: [] }],
        response: { 200: CustomerSchema },
      },
    },
    async (request) => {
      const customerId = customerIdOf(request.ctx);
      if (!customerId) throw new AppError('UNAUTHENTICATED');
      return unwrap(await getCustomer(request.ctx, customerId));
    },
  );
};

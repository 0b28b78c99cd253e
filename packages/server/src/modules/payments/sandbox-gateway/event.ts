import { Type, type Static } from 'typebox';

/** The JSON body the sandbox gateway posts to /api/webhooks/sandbox (signed; see signature.ts). */
export const SandboxEventSchema = Type.Object({
  id: Type.String({ maxLength: 64 }),
  type: Type.Union([Type.Literal('charge.succeeded'), Type.Literal('charge.failed')]),
  created: Type.Integer({ minimum: 0 }),
  data: Type.Object({
    merchantId: Type.String({ maxLength: 64 }),
    providerRef: Type.String({ maxLength: 64 }),
    amount: Type.Integer({ minimum: 0 }),
    currency: Type.String({ maxLength: 3 }),
    method: Type.String({ maxLength: 32 }),
    instalments: Type.Union([Type.Integer(), Type.Null()]),
    reason: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  }),
});
export type SandboxEvent = Static<typeof SandboxEventSchema>;

export const PROVIDER_REF_PATTERN = '^sbx_[0-9a-f]{24}$';

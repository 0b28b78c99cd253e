import { fail, ok, type Ctx, type Result } from '../../../../platform/index.ts';
import { SEPARATE_CONSENT_PURPOSES } from '../purposes.ts';
import type { SignUpConsentsInput } from '../views.ts';
import { recordConsents } from './record-consents.ts';

/**
 * Records the choices made on a sign-up form, in the sign-up's transaction, so an account never exists
 * without the proof of what its owner was asked. Ticking a box while creating an account is a bundled act:
 * a separate-consent purpose (PIPL arts. 23, 29, 39) can only be granted later, on its own.
 */
export async function recordSignUpConsents(
  ctx: Ctx,
  subjectId: string,
  input: SignUpConsentsInput,
): Promise<Result<void>> {
  const separate = input.changes.find((c) => c.granted && SEPARATE_CONSENT_PURPOSES.includes(c.purpose));
  if (separate) return fail('CONSENT_NOT_SEPARATE', `Grant ${separate.purpose} on its own, after sign-up`);
  const recorded = await recordConsents(ctx, subjectId, { ...input, method: 'sign_up' });
  return recorded.ok ? ok(undefined) : recorded;
}

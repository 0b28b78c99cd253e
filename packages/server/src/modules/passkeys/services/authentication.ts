import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { and, eq, lt } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { passkeyCredentials, type PasskeyOwnerKind } from '../schema.ts';
import { CEREMONY_TIMEOUT_MS, challengeOf, keepChallenge, spendChallenge } from './challenges.ts';
import type { RelyingParty } from './registration.ts';

/**
 * Options for navigator.credentials.get() at ctx's merchant. Usernameless: no allowCredentials, the
 * authenticator offers the passkeys it holds for this site and the answer names the one chosen.
 */
export async function startAuthentication(
  ctx: Ctx,
  rp: RelyingParty,
  ownerKind: PasskeyOwnerKind,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    userVerification: 'required',
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await keepChallenge(ctx, { purpose: 'authentication', ownerKind }, options.challenge);
  return options;
}

export interface VerifiedPasskey {
  merchantId: string;
  ownerId: string;
}

/**
 * Checks a sign-in answer: the challenge is ours, unspent and for this kind of account (spent now,
 * whatever follows); the passkey is registered at the challenge's merchant; origin, rpId, user
 * verification and signature hold; and the signature counter moved forward. `merchantId` pins the
 * merchant (the store's); undefined takes it from the challenge (the console's).
 */
export async function verifyPasskey(
  ctx: Ctx,
  rp: RelyingParty,
  ownerKind: PasskeyOwnerKind,
  response: AuthenticationResponseJSON,
  merchantId: string | undefined,
): Promise<Result<VerifiedPasskey>> {
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge) return fail('PASSKEY_REJECTED', 'clientDataJSON is malformed');
  const spent = await spendChallenge(ctx, { purpose: 'authentication', ownerKind }, challenge, merchantId);
  if (!spent) return fail('PASSKEY_CHALLENGE_INVALID');
  const [passkey] = await ctx.db
    .select()
    .from(passkeyCredentials)
    .where(
      and(
        eq(passkeyCredentials.merchantId, spent.merchantId),
        eq(passkeyCredentials.ownerKind, ownerKind),
        eq(passkeyCredentials.credentialId, response.id),
      ),
    );
  if (!passkey) return fail('PASSKEY_NOT_RECOGNISED');
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: [...rp.origins],
      expectedRPID: rp.rpId,
      // Counter 0 turns the library's own counter check off: it would throw a message indistinguishable
      // from a bad signature, and this one must answer its own code, after the signature is known good.
      credential: {
        id: passkey.credentialId,
        publicKey: Buffer.from(passkey.publicKey, 'base64url'),
        counter: 0,
      },
      requireUserVerification: true,
    });
  } catch (error) {
    return fail('PASSKEY_REJECTED', (error as Error).message);
  }
  if (!verified.verified) return fail('PASSKEY_REJECTED', 'The signature does not verify');
  const handle = response.response.userHandle;
  if (handle && Buffer.from(handle, 'base64url').toString('utf8') !== passkey.ownerId) {
    return fail('PASSKEY_REJECTED', 'The user handle names another account');
  }
  const { newCounter, credentialBackedUp } = verified.authenticationInfo;
  // WebAuthn §6.1.1: when either count is non-zero the new one must be larger, or the authenticator may
  // have been cloned. The conditional update is the check, so two sign-ins racing with one count cannot
  // both pass.
  const [moved] = await ctx.db
    .update(passkeyCredentials)
    .set({ counter: newCounter, backedUp: credentialBackedUp, lastUsedAt: new Date() })
    .where(
      and(
        eq(passkeyCredentials.id, passkey.id),
        newCounter === 0 ? eq(passkeyCredentials.counter, 0) : lt(passkeyCredentials.counter, newCounter),
      ),
    )
    .returning({ id: passkeyCredentials.id });
  if (!moved) return fail('PASSKEY_COUNTER_REGRESSED');
  return ok({ merchantId: spent.merchantId, ownerId: passkey.ownerId });
}

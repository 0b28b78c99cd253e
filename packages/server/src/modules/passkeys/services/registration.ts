import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { and, eq } from 'drizzle-orm';
import { fail, newId, ok, type Ctx, type Result, type Runtime } from '../../../platform/index.ts';
import { passkeyCredentials } from '../schema.ts';
import { toPasskeyView, type PasskeyView } from '../views.ts';
import { CEREMONY_TIMEOUT_MS, challengeOf, keepChallenge, spendChallenge } from './challenges.ts';
import { currentOwner } from './owners.ts';

export type RelyingParty = Runtime['config']['webauthn'];

/**
 * Options for navigator.credentials.create() for the signed-in shopper or staff member. The passkey is
 * discoverable (resident) and needs user verification (fingerprint, face, device PIN), so later it signs
 * in on its own, with no email and no password: possession plus the biometric is two factors.
 */
export async function startRegistration(
  ctx: Ctx,
  rp: RelyingParty,
): Promise<Result<PublicKeyCredentialCreationOptionsJSON>> {
  const owner = await currentOwner(ctx);
  if (!owner.ok) return owner;
  const { kind, id, userName, displayName } = owner.value;
  const existing = await ctx.db
    .select({ credentialId: passkeyCredentials.credentialId, transports: passkeyCredentials.transports })
    .from(passkeyCredentials)
    .where(
      and(
        eq(passkeyCredentials.merchantId, ctx.merchantId),
        eq(passkeyCredentials.ownerKind, kind),
        eq(passkeyCredentials.ownerId, id),
      ),
    );
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpId,
    userName,
    userDisplayName: displayName,
    // The user handle an authenticator returns at sign-in: our id, which carries no personal data.
    userID: new TextEncoder().encode(id),
    attestationType: 'none',
    // An authenticator that already holds one of this account's passkeys is not offered again.
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await keepChallenge(ctx, { purpose: 'registration', ownerKind: kind, ownerId: id }, options.challenge);
  return ok(options);
}

export interface FinishRegistrationInput {
  response: RegistrationResponseJSON;
  label?: string | undefined;
}

/** Verifies the authenticator's answer to startRegistration's challenge and keeps the new passkey. */
export async function finishRegistration(
  ctx: Ctx,
  rp: RelyingParty,
  input: FinishRegistrationInput,
): Promise<Result<PasskeyView>> {
  const owner = await currentOwner(ctx);
  if (!owner.ok) return owner;
  const { kind, id } = owner.value;
  const challenge = challengeOf(input.response.response.clientDataJSON);
  if (!challenge) return fail('PASSKEY_REJECTED', 'clientDataJSON is malformed');
  const spent = await spendChallenge(
    ctx,
    { purpose: 'registration', ownerKind: kind, ownerId: id },
    challenge,
    ctx.merchantId,
  );
  if (!spent) return fail('PASSKEY_CHALLENGE_INVALID');
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: [...rp.origins],
      expectedRPID: rp.rpId,
      requireUserVerification: true,
    });
  } catch (error) {
    return fail('PASSKEY_REJECTED', (error as Error).message);
  }
  if (!verified.verified) return fail('PASSKEY_REJECTED');
  const info = verified.registrationInfo;
  const [row] = await ctx.db
    .insert(passkeyCredentials)
    .values({
      id: newId('pkey'),
      merchantId: ctx.merchantId,
      ownerKind: kind,
      ownerId: id,
      credentialId: info.credential.id,
      publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
      counter: info.credential.counter,
      transports: info.credential.transports ?? input.response.response.transports ?? [],
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
      label: input.label ?? null,
    })
    .onConflictDoNothing({ target: passkeyCredentials.credentialId })
    .returning();
  if (!row) return fail('PASSKEY_ALREADY_REGISTERED');
  return ok(toPasskeyView(row));
}

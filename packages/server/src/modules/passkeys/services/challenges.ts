import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { newId, type Ctx } from '../../../platform/index.ts';
import { passkeyChallenges, type ChallengeRow, type PasskeyOwnerKind } from '../schema.ts';

/** Long enough for a shopper to find their phone; the browser's own timeout is shorter (2 minutes). */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CEREMONY_TIMEOUT_MS = 2 * 60_000;

export interface ChallengeScope {
  purpose: ChallengeRow['purpose'];
  ownerKind: PasskeyOwnerKind;
  /** The registering account; absent for (usernameless) authentication. */
  ownerId?: string | undefined;
}

/** Keeps a challenge the library generated, so any process can later check and spend it. */
export async function keepChallenge(ctx: Ctx, scope: ChallengeScope, challenge: string): Promise<void> {
  await ctx.db.insert(passkeyChallenges).values({
    id: newId('pkch'),
    merchantId: ctx.merchantId,
    purpose: scope.purpose,
    ownerKind: scope.ownerKind,
    ownerId: scope.ownerId ?? null,
    challenge,
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
  });
}

/**
 * Spends a challenge: one conditional update, so of two concurrent answers (or a replay) only one
 * finds it unspent. Runs outside any transaction on purpose: a verification that fails afterwards must
 * not give the challenge back. `merchantId` undefined accepts the challenge of any merchant (the console
 * learns the merchant from the challenge); the row says which.
 */
export async function spendChallenge(
  ctx: Ctx,
  scope: ChallengeScope,
  challenge: string,
  merchantId: string | undefined,
): Promise<ChallengeRow | undefined> {
  const now = new Date();
  const [row] = await ctx.db
    .update(passkeyChallenges)
    .set({ usedAt: now })
    .where(
      and(
        eq(passkeyChallenges.challenge, challenge),
        eq(passkeyChallenges.purpose, scope.purpose),
        eq(passkeyChallenges.ownerKind, scope.ownerKind),
        scope.ownerId === undefined
          ? isNull(passkeyChallenges.ownerId)
          : eq(passkeyChallenges.ownerId, scope.ownerId),
        merchantId === undefined ? undefined : eq(passkeyChallenges.merchantId, merchantId),
        isNull(passkeyChallenges.usedAt),
        gt(passkeyChallenges.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** The challenge a response answers, read from its clientDataJSON; undefined when that is malformed. */
export function challengeOf(clientDataJSON: string): string | undefined {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    return typeof data.challenge === 'string' && data.challenge.length <= 512 ? data.challenge : undefined;
  } catch {
    return undefined;
  }
}

/** Spent and expired challenges are only kept for an hour, for support questions. */
export async function purgeChallenges(ctx: Ctx, now: Date): Promise<void> {
  await ctx.db
    .delete(passkeyChallenges)
    .where(lt(passkeyChallenges.expiresAt, new Date(now.getTime() - 60 * 60_000)));
}

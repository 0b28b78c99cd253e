import { and, asc, eq } from 'drizzle-orm';
import { fail, ok, type Ctx, type Result } from '../../../platform/index.ts';
import { passkeyCredentials } from '../schema.ts';
import { toPasskeyView, type PasskeyView } from '../views.ts';
import { ownerOf } from './owners.ts';

/** The signed-in account's own passkeys, oldest first. */
export async function listPasskeys(ctx: Ctx): Promise<PasskeyView[]> {
  const owner = ownerOf(ctx);
  if (!owner) return [];
  const rows = await ctx.db
    .select()
    .from(passkeyCredentials)
    .where(
      and(
        eq(passkeyCredentials.merchantId, ctx.merchantId),
        eq(passkeyCredentials.ownerKind, owner.kind),
        eq(passkeyCredentials.ownerId, owner.id),
      ),
    )
    .orderBy(asc(passkeyCredentials.id));
  return rows.map(toPasskeyView);
}

/** Removes one of the signed-in account's passkeys; anyone else's answers PASSKEY_NOT_FOUND. */
export async function deletePasskey(ctx: Ctx, passkeyId: string): Promise<Result<void>> {
  const owner = ownerOf(ctx);
  if (!owner) return fail('PASSKEY_NOT_FOUND');
  const deleted = await ctx.db
    .delete(passkeyCredentials)
    .where(
      and(
        eq(passkeyCredentials.merchantId, ctx.merchantId),
        eq(passkeyCredentials.ownerKind, owner.kind),
        eq(passkeyCredentials.ownerId, owner.id),
        eq(passkeyCredentials.id, passkeyId),
      ),
    )
    .returning({ id: passkeyCredentials.id });
  return deleted.length > 0 ? ok(undefined) : fail('PASSKEY_NOT_FOUND');
}

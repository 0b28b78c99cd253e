import type { AccessPurpose, Ctx } from '../../../platform/index.ts';
import { readFields, sealFields } from '../../privacy/index.ts';
import { normaliseEmail } from '../credentials.ts';
import type { StaffRow } from '../schema.ts';
import type { StaffView } from '../views.ts';

// Staff personal fields in and out of the vault, in one place (as customers/services/personal.ts).

export function staffEmailIndex(ctx: Ctx, merchantId: string, email: string): string {
  return ctx.privacy.vault.blindIndex('email', merchantId, normaliseEmail(email));
}

export async function sealStaff(ctx: Ctx, staffId: string, input: { email: string; displayName: string }) {
  const sealed = await sealFields(
    ctx,
    { subjectId: staffId, table: 'staff', rowId: staffId },
    { email: normaliseEmail(input.email), display_name: input.displayName },
  );
  return {
    emailIndex: staffEmailIndex(ctx, ctx.merchantId, input.email),
    emailSealed: sealed.email,
    displayNameSealed: sealed.display_name,
  };
}

export async function openStaff(ctx: Ctx, purpose: AccessPurpose, row: StaffRow): Promise<StaffView> {
  const { values } = await readFields(
    ctx,
    purpose,
    { subjectId: row.id, table: 'staff', rowId: row.id },
    {
      email: { sealed: row.emailSealed, class: 'contact', hint: 'email' },
      display_name: { sealed: row.displayNameSealed, class: 'name' },
    },
  );
  return {
    id: row.id,
    email: values.email ?? '',
    displayName: values.display_name ?? '',
    role: row.role,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

import { expect } from 'vitest';
import { FIXTURE_PASSWORD, staffToken } from '../../../testing/fixtures.ts';
import { bearer, json, type Harness } from '../../../testing/harness.ts';
import type { AuditOperation, Ctx, StaffRole } from '../../../platform/index.ts';
import { staffCtx } from '../audit/testing.ts';

export interface SignedInStaff {
  token: string;
  id: string;
  email: string;
  /** A request context of this staff member, for recording audit entries as their requests would. */
  ctx(sourceAddress?: string): Ctx;
}

export async function signedInStaff(h: Harness, merchantId: string, role: StaffRole = 'customer_service') {
  const token = await staffToken(h, merchantId, role);
  const me = await h.app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(token) });
  expect(me.statusCode, me.body).toBe(200);
  const { id, email } = json<{ staff: { id: string; email: string } }>(me).staff;
  return {
    token,
    id,
    email,
    // 127.0.0.1 by default: where app.inject requests come from, so the app's own entries agree.
    ctx: (sourceAddress = '127.0.0.1') => staffCtx(h.database.db, h.privacy, merchantId, id, sourceAddress),
  } satisfies SignedInStaff;
}

/** Records what viewing these customers' contact details in clear records, one request per customer. */
export function viewCustomers(
  h: Harness,
  staff: SignedInStaff,
  customerIds: string[],
  options: { fields?: string[]; operation?: AuditOperation; sourceAddress?: string } = {},
): void {
  for (const subjectId of customerIds) {
    h.privacy.audit.record(staff.ctx(options.sourceAddress), {
      subjectId,
      fields: options.fields ?? ['customers.phone', 'customers.email', 'customers.display_name'],
      operation: options.operation ?? 'read',
      purpose: 'customer_service',
    });
  }
}

/** Stores what was recorded, runs the rules on it and delivers the events they raised. */
export async function settle(h: Harness): Promise<void> {
  await h.privacy.audit.flush();
  await h.app.runtime.events.drain();
}

export const customers = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `cus_${prefix}_${String(i).padStart(4, '0')}`);

export async function signIn(h: Harness, handle: string, email: string) {
  return h.app.inject({
    method: 'POST',
    url: '/api/admin/auth/sign-in',
    payload: { merchant: handle, email, password: FIXTURE_PASSWORD },
  });
}

export async function alertsOf(h: Harness, ownerToken: string, staffId: string) {
  const res = await h.app.inject({
    method: 'GET',
    url: '/api/admin/privacy/alerts?limit=100',
    headers: bearer(ownerToken),
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{
    items: {
      id: string;
      staffId: string;
      rule: string;
      action: string;
      status: string;
      detail: Record<string, unknown>;
      resolvedBy: string | null;
    }[];
  }>(res).items.filter((a) => a.staffId === staffId);
}

export async function statusOf(h: Harness, ownerToken: string, staffId: string): Promise<string> {
  const res = await h.app.inject({
    method: 'GET',
    url: '/api/admin/staff?limit=100',
    headers: bearer(ownerToken),
  });
  expect(res.statusCode, res.body).toBe(200);
  return json<{ items: { id: string; status: string }[] }>(res).items.find((s) => s.id === staffId)!.status;
}

/** Moves the harness clock forward to the next hh:mm in Shanghai (UTC+8 all year). */
export function advanceToShanghai(h: Harness, hour: number, minute = 0): void {
  const now = h.clock.now();
  const target = new Date(now);
  target.setUTCHours((hour - 8 + 24) % 24, minute, 0, 0);
  while (target.getTime() <= now.getTime()) target.setTime(target.getTime() + 24 * 3_600_000);
  h.clock.advance(target.getTime() - now.getTime());
}

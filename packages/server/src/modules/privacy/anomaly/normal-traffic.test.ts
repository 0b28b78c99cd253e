import { expect, it } from 'vitest';
import { seedDemoShop } from '../../../cli/seed.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { staffCtx } from '../audit/testing.ts';
import {
  advanceToShanghai,
  customers,
  settle,
  signedInStaff,
  signIn,
  viewCustomers,
  type SignedInStaff,
} from './testing.ts';

const MINUTE = 60_000;
const PROFILE = ['customers.phone', 'customers.email', 'customers.display_name'];
const ORDER = ['orders.recipient_name', 'orders.recipient_phone', 'orders.shipping_address'];

describeEachDatabase("access anomalies: the demo shop's ordinary day", (h) => {
  it('freezes nobody and raises no alert', async () => {
    advanceToShanghai(h(), 9);
    const shop = await seedDemoShop(h().app);
    expect(shop).toBeDefined();
    const { merchantId, ownerEmail, ownerPassword } = shop!;
    const ownerSignIn = await h().app.inject({
      method: 'POST',
      url: '/api/admin/auth/sign-in',
      payload: { merchant: 'demo', email: ownerEmail, password: ownerPassword },
    });
    expect(ownerSignIn.statusCode, ownerSignIn.body).toBe(200);
    const ownerToken = json<{ token: string }>(ownerSignIn).token;
    const ownerId = json<{ staff: { id: string } }>(ownerSignIn).staff.id;
    const owner: SignedInStaff = {
      token: ownerToken,
      id: ownerId,
      email: ownerEmail,
      ctx: (sourceAddress = '127.0.0.1') =>
        staffCtx(h().database.db, h().privacy, merchantId, ownerId, sourceAddress),
    };
    const agents = [await signedInStaff(h(), merchantId), await signedInStaff(h(), merchantId)];
    const people = customers('demo', 60);
    const pick = (i: number) => people[(i * 7) % people.length]!;

    // 09:00 to 18:00: each agent serves a customer every ten minutes (their profile, then their latest
    // order), with a rush of a dozen customers after the noon promotion; the owner looks at a few
    // customers and exports the customer list once for the accountant. Two offices' desks share a /24.
    for (let slot = 0; slot < 54; slot++) {
      agents.forEach((agent, a) => {
        const address = `127.0.0.${10 + a}`;
        viewCustomers(h(), agent, [pick(slot * 2 + a)], { fields: PROFILE, sourceAddress: address });
        viewCustomers(h(), agent, [pick(slot * 2 + a)], { fields: ORDER, sourceAddress: address });
      });
      if (slot === 18) {
        for (const agent of agents) viewCustomers(h(), agent, people.slice(0, 12), { fields: PROFILE });
      }
      if (slot % 12 === 5) viewCustomers(h(), owner, [pick(slot)], { fields: PROFILE });
      if (slot === 40) {
        const exportCtx = owner.ctx();
        for (const subjectId of people)
          h().privacy.audit.record(exportCtx, {
            subjectId,
            fields: PROFILE,
            operation: 'export',
            purpose: 'legal',
          });
      }
      await settle(h());
      h().clock.advance(10 * MINUTE);
    }

    const staffList = await h().app.inject({
      method: 'GET',
      url: '/api/admin/staff?limit=100',
      headers: bearer(ownerToken),
    });
    expect(json<{ items: { status: string }[] }>(staffList).items.map((s) => s.status)).toEqual([
      'active',
      'active',
      'active',
    ]);
    const alerts = await h().app.inject({
      method: 'GET',
      url: '/api/admin/privacy/alerts',
      headers: bearer(ownerToken),
    });
    expect(json<{ items: unknown[] }>(alerts).items).toEqual([]);
    for (const agent of agents) expect((await signIn(h(), 'demo', agent.email)).statusCode).toBe(200);
  });
});

import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createMerchant } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { testConfig } from '../../../config.ts';
import { systemCtx } from '../../../platform/index.ts';
import { privacyAuditLog } from '../audit/tables.ts';
import { alertsOf, customers, settle, signedInStaff, signIn, statusOf, viewCustomers } from './testing.ts';

// Working hours all day: these tests run at any hour and look at the mass-read rule alone.
const anomaly = { ...testConfig().anomaly, workingHours: { start: 0, end: 24, timeZone: 'Asia/Shanghai' } };

describeEachDatabase(
  'access anomalies: mass reads',
  (h) => {
    const me = (token: string) =>
      h().app.inject({ method: 'GET', url: '/api/admin/me', headers: bearer(token) });
    const unfreeze = (token: string, staffId: string) =>
      h().app.inject({ method: 'POST', url: `/api/admin/staff/${staffId}/unfreeze`, headers: bearer(token) });

    it("freezes a staff member who reads 200 customers' phone numbers within a minute and ends their sessions", async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      const otherSession = await signIn(h(), shop.handle, agent.email);
      expect(otherSession.statusCode).toBe(200);
      viewCustomers(h(), agent, customers('mass', 200), { fields: ['customers.phone'] });
      await settle(h());

      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');
      for (const token of [agent.token, json<{ token: string }>(otherSession).token]) {
        const res = await me(token);
        expect(res.statusCode).toBe(401);
        expect(json(res)).toMatchObject({ code: 'SESSION_EXPIRED' });
      }
      expect((await signIn(h(), shop.handle, agent.email)).statusCode).toBe(401);
      const [alert, ...more] = await alertsOf(h(), shop.ownerToken, agent.id);
      expect(more).toEqual([]);
      expect(alert).toMatchObject({
        rule: 'mass_read',
        action: 'freeze',
        status: 'open',
        detail: { people: 200, limit: 100, windowMinutes: 1 },
      });
      // Nothing personal in the alert: counts and ids only.
      expect(JSON.stringify(alert)).not.toMatch(/cus_mass/);
    });

    it('leaves a staff member at the threshold alone', async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      viewCustomers(h(), agent, customers('edge', 100));
      // Reading the same people again is not reading more people.
      viewCustomers(h(), agent, customers('edge', 100));
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
      expect((await me(agent.token)).statusCode).toBe(200);
      expect(await alertsOf(h(), shop.ownerToken, agent.id)).toEqual([]);
    });

    it('counts reads stored in several batches together', async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      const people = customers('spread', 150);
      for (let i = 0; i < people.length; i += 30) {
        viewCustomers(h(), agent, people.slice(i, i + 30));
        await settle(h());
      }
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');
    });

    it('never counts masked reads, shoppers reading their own data or the system actor', async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      viewCustomers(h(), agent, customers('masked', 300), {
        fields: ['customers.phone:masked', 'customers.email:masked'],
      });
      viewCustomers(h(), agent, customers('names', 300), { fields: ['customers.display_name'] });
      const system = systemCtx(h().database.db, shop.merchantId, 'retention purge', h().privacy);
      for (const subjectId of customers('system', 300)) {
        h().privacy.audit.record(system, {
          subjectId,
          fields: ['customers.phone'],
          operation: 'read',
          purpose: 'legal',
        });
        h().privacy.audit.record(
          { ...system, actor: { kind: 'shopper', customerId: subjectId, sessionId: 'ses_x' } },
          { subjectId, fields: ['customers.phone'], operation: 'read', purpose: 'self' },
        );
      }
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
      expect(await alertsOf(h(), shop.ownerToken, agent.id)).toEqual([]);
    });

    it('lets an owner unfreeze after review, audited, without the old reads freezing again', async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      const bystander = await signedInStaff(h(), shop.merchantId);
      viewCustomers(h(), agent, customers('again', 150));
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');

      const patched = await h().app.inject({
        method: 'PATCH',
        url: `/api/admin/staff/${agent.id}`,
        headers: bearer(shop.ownerToken),
        payload: { status: 'active' },
      });
      expect(json(patched)).toMatchObject({ code: 'STAFF_FROZEN' });
      expect((await unfreeze(bystander.token, agent.id)).statusCode).toBe(403);
      const res = await unfreeze(shop.ownerToken, agent.id);
      expect(res.statusCode, res.body).toBe(200);
      expect(json(res)).toMatchObject({ id: agent.id, status: 'active' });
      expect(json(await unfreeze(shop.ownerToken, agent.id))).toMatchObject({ code: 'STAFF_NOT_FROZEN' });
      await settle(h());

      const owner = json<{ staff: { id: string } }>(await me(shop.ownerToken)).staff.id;
      expect(await alertsOf(h(), shop.ownerToken, agent.id)).toMatchObject([
        { rule: 'mass_read', status: 'resolved', resolvedBy: owner },
      ]);
      // The old session stays revoked; signing in again works.
      expect((await me(agent.token)).statusCode).toBe(401);
      expect((await signIn(h(), shop.handle, agent.email)).statusCode).toBe(200);

      // The 150 reads that froze them are still inside the minute, but the window restarts at the review.
      viewCustomers(h(), agent, customers('after', 10));
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
      viewCustomers(h(), agent, customers('after', 120));
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');
    });

    it('records every unfreeze in the audit log', async () => {
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      viewCustomers(h(), agent, customers('audited', 120));
      await settle(h());
      expect((await unfreeze(shop.ownerToken, agent.id)).statusCode).toBe(200);
      await settle(h());
      const rows = await h()
        .database.db.select()
        .from(privacyAuditLog)
        .where(eq(privacyAuditLog.subjectId, agent.id));
      expect(rows).toContainEqual(
        expect.objectContaining({ operation: 'write', fields: ['staff.status'], actorKind: 'staff' }),
      );
    });

    it("does not show one merchant's alerts to another", async () => {
      const a = await createMerchant(h());
      const b = await createMerchant(h());
      const agent = await signedInStaff(h(), a.merchantId);
      viewCustomers(h(), agent, customers('tenant', 120));
      await settle(h());
      const [alert] = await alertsOf(h(), a.ownerToken, agent.id);
      expect(alert).toBeDefined();
      expect(await alertsOf(h(), b.ownerToken, agent.id)).toEqual([]);
      const resolve = await h().app.inject({
        method: 'POST',
        url: `/api/admin/privacy/alerts/${alert!.id}/resolve`,
        headers: bearer(b.ownerToken),
      });
      expect(json(resolve)).toMatchObject({ code: 'PRIVACY_ALERT_NOT_FOUND' });
      expect((await unfreeze(b.ownerToken, agent.id)).statusCode).toBe(404);
    });
  },
  { config: { anomaly } },
);

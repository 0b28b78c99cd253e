import { expect, it } from 'vitest';
import { createMerchant } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import {
  advanceToShanghai,
  alertsOf,
  customers,
  settle,
  signedInStaff,
  statusOf,
  viewCustomers,
} from './testing.ts';

const DAY = 24 * 3_600_000;

describeEachDatabase('access anomalies: exports, hours and networks', (h) => {
  it('freezes a staff member who exports more than 5 times within 10 minutes', async () => {
    advanceToShanghai(h(), 10);
    const shop = await createMerchant(h());
    const agent = await signedInStaff(h(), shop.merchantId);
    // Five exports of 40 people each (one request each): at the limit.
    for (let i = 0; i < 5; i++) {
      const ctx = agent.ctx();
      for (const subjectId of customers(`export${i}`, 40))
        h().privacy.audit.record(ctx, {
          subjectId,
          fields: ['customers.phone'],
          operation: 'export',
          purpose: 'legal',
        });
    }
    await settle(h());
    expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
    const sixth = agent.ctx();
    h().privacy.audit.record(sixth, {
      subjectId: 'cus_x',
      fields: ['customers.phone'],
      operation: 'export',
      purpose: 'legal',
    });
    await settle(h());
    expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');
    expect(await alertsOf(h(), shop.ownerToken, agent.id)).toMatchObject([
      { rule: 'export_burst', action: 'freeze', detail: { exports: 6, limit: 5, windowMinutes: 10 } },
    ]);
  });

  it('raises an alert, without freezing, for access outside working hours', async () => {
    const shop = await createMerchant(h());
    const agent = await signedInStaff(h(), shop.merchantId);
    advanceToShanghai(h(), 14);
    viewCustomers(h(), agent, customers('day', 3));
    await settle(h());
    expect(await alertsOf(h(), shop.ownerToken, agent.id)).toEqual([]);
    advanceToShanghai(h(), 3, 30);
    viewCustomers(h(), agent, customers('night', 3));
    viewCustomers(h(), agent, customers('night', 3));
    await settle(h());
    expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
    expect(await alertsOf(h(), shop.ownerToken, agent.id)).toMatchObject([
      {
        rule: 'unusual_hours',
        action: 'alert',
        status: 'open',
        detail: { hour: 3, timeZone: 'Asia/Shanghai' },
      },
    ]);
  });

  it('raises an alert for a network the staff member has not used in 30 days', async () => {
    advanceToShanghai(h(), 10);
    const shop = await createMerchant(h());
    const agent = await signedInStaff(h(), shop.merchantId);
    // The address app.inject requests come from, so entries the app itself records agree with these.
    const office = { sourceAddress: '127.0.0.1' };
    viewCustomers(h(), agent, customers('office', 2), office);
    await settle(h());
    // Another address in the same /24 is the same network.
    viewCustomers(h(), agent, customers('office', 2), { sourceAddress: '127.0.0.99' });
    await settle(h());
    expect(await alertsOf(h(), shop.ownerToken, agent.id)).toEqual([]);

    viewCustomers(h(), agent, customers('cafe', 1), { sourceAddress: '203.0.113.7' });
    await settle(h());
    const [alert] = await alertsOf(h(), shop.ownerToken, agent.id);
    expect(alert).toMatchObject({ rule: 'new_network', action: 'alert' });
    expect(JSON.stringify(alert)).not.toContain('203.0.113');
    expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');

    // Reviewed; a month later the office network counts as new again, the cafe not yet.
    const resolved = await h().app.inject({
      method: 'POST',
      url: `/api/admin/privacy/alerts/${alert!.id}/resolve`,
      headers: bearer(shop.ownerToken),
    });
    expect(json(resolved)).toMatchObject({ status: 'resolved' });
    h().clock.advance(20 * DAY);
    advanceToShanghai(h(), 10);
    viewCustomers(h(), agent, customers('cafe', 1), { sourceAddress: '203.0.113.8' });
    await settle(h());
    expect((await alertsOf(h(), shop.ownerToken, agent.id)).filter((a) => a.status === 'open')).toEqual([]);
    h().clock.advance(11 * DAY);
    advanceToShanghai(h(), 10);
    viewCustomers(h(), agent, customers('office', 1), office);
    await settle(h());
    expect((await alertsOf(h(), shop.ownerToken, agent.id)).filter((a) => a.status === 'open')).toMatchObject(
      [{ rule: 'new_network' }],
    );
  });

  it('lists open alerts to owners only', async () => {
    const shop = await createMerchant(h());
    const agent = await signedInStaff(h(), shop.merchantId);
    const res = await h().app.inject({
      method: 'GET',
      url: '/api/admin/privacy/alerts',
      headers: bearer(agent.token),
    });
    expect(res.statusCode).toBe(403);
  });
});

import { expect, it } from 'vitest';
import { testConfig } from '../../../config.ts';
import { createMerchant, signUpShopper } from '../../../testing/fixtures.ts';
import { bearer, describeEachDatabase, json } from '../../../testing/harness.ts';
import { advanceToShanghai, alertsOf, settle, signedInStaff, statusOf } from './testing.ts';

// A low threshold keeps the sign-ups few; the rule is the same one the service-level tests drive at 100.
const anomaly = { ...testConfig().anomaly, massReadPeople: 20 };

describeEachDatabase(
  'access anomalies through the admin API',
  (h) => {
    it('freezes customer service reading more customers in clear than allowed, through GET /customers/:id', async () => {
      advanceToShanghai(h(), 10);
      const shop = await createMerchant(h());
      const agent = await signedInStaff(h(), shop.merchantId);
      const shoppers = [];
      for (let i = 0; i < 21; i++) shoppers.push(await signUpShopper(h(), shop.handle));
      for (const [i, shopper] of shoppers.entries()) {
        const res = await h().app.inject({
          method: 'GET',
          url: `/api/admin/customers/${shopper.customerId}`,
          headers: bearer(agent.token),
        });
        expect(res.statusCode, res.body).toBe(200);
        if (i === 19) {
          await settle(h());
          expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('active');
        }
      }
      await settle(h());
      expect(await statusOf(h(), shop.ownerToken, agent.id)).toBe('frozen');
      expect(await alertsOf(h(), shop.ownerToken, agent.id)).toMatchObject([
        { rule: 'mass_read', action: 'freeze', detail: { people: 21, limit: 20 } },
      ]);
      const next = await h().app.inject({
        method: 'GET',
        url: `/api/admin/customers/${shoppers[0]!.customerId}`,
        headers: bearer(agent.token),
      });
      expect(json(next)).toMatchObject({ code: 'SESSION_EXPIRED' });
    });
  },
  { config: { anomaly } },
);

import { expect, it } from 'vitest';
import { newId, systemCtx, unwrap, type Ctx } from '../../../platform/index.ts';
import { describeEachDatabase } from '../../../testing/harness.ts';
import { assessPayment, type AssessPaymentInput } from './assess-payment.ts';
import { linkAssessment, lockHeldAssessment, releaseAssessment } from './decisions.ts';
import { listRiskAssessments } from './list-assessments.ts';
import { setRiskThresholds } from './settings.ts';
import { DEFAULT_RISK_THRESHOLDS } from '../thresholds.ts';

describeEachDatabase('risk: releasing an abandoned assessment', (h) => {
  const merchantCtx = (): Ctx => systemCtx(h().database.db, newId('mer'), 'test', h().privacy);
  const attempt = (customerId: string): AssessPaymentInput => ({
    orderId: newId('ord'),
    customerId,
    amount: 1_000,
    currency: 'CNY',
    discount: 0,
    deviceId: 'device-1',
    now: new Date(),
  });

  it('takes a released assessment off the queue and out of the counts; releasing twice is harmless', async () => {
    const ctx = merchantCtx();
    const rules = { ...DEFAULT_RISK_THRESHOLDS.rules, account_velocity: { limit: 1, points: 60 } };
    await setRiskThresholds(ctx, { ...DEFAULT_RISK_THRESHOLDS, rules });
    const customerId = newId('cus');
    expect(unwrap(await assessPayment(ctx, attempt(customerId))).decision).toBe('allowed');
    const held = unwrap(await assessPayment(ctx, attempt(customerId)));
    expect(held.decision).toBe('held');
    unwrap(await linkAssessment(ctx, held.id, newId('pay')));
    expect((await listRiskAssessments(ctx, { view: 'held', limit: 10 })).items).toHaveLength(1);

    await releaseAssessment(ctx, held.id);
    await releaseAssessment(ctx, held.id);
    expect((await listRiskAssessments(ctx, { view: 'held', limit: 10 })).items).toEqual([]);
    expect((await listRiskAssessments(ctx, { view: 'scored', limit: 10 })).items[0]).toMatchObject({
      id: held.id,
      decision: 'released',
    });
    expect(await lockHeldAssessment(ctx, held.id)).toMatchObject({
      ok: false,
      code: 'RISK_ASSESSMENT_DECIDED',
    });
    // Only the first (allowed) attempt still counts: a third is the second, and is held again.
    expect(unwrap(await assessPayment(ctx, attempt(customerId))).reasons).toEqual([
      { code: 'account_velocity', points: 60, observed: 2, limit: 1 },
    ]);
  });

  it("never decides another merchant's assessment", async () => {
    const ctx = merchantCtx();
    const other = merchantCtx();
    const assessment = unwrap(await assessPayment(ctx, attempt(newId('cus'))));
    await releaseAssessment(other, assessment.id);
    expect((await listRiskAssessments(ctx, { view: 'scored', limit: 10 })).items[0]).toMatchObject({
      decision: 'allowed',
    });
    expect(await lockHeldAssessment(other, assessment.id)).toMatchObject({
      ok: false,
      code: 'RISK_ASSESSMENT_NOT_FOUND',
    });
  });
});

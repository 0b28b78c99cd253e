import { and, eq } from 'drizzle-orm';
import { NO_PRIVACY, systemCtx, type Ctx, type Db } from '../../platform/index.ts';
import { outboxEvents } from '../../platform/schema.ts';
import type { RateTemplateInput } from './contracts.ts';

let merchants = 0;

/** A fresh merchant per test: templates and defaults are per merchant. */
export function merchantCtx(db: Db): Ctx {
  merchants += 1;
  return systemCtx(db, `mer_ship${Date.now().toString(36)}${merchants}`, 'test', NO_PRIVACY);
}

/** 1 kg for 10.00 then 5.00 per started kg; 8.00 / 4.00 to Jiangsu, Zhejiang and Shanghai; none to Tibet. */
export function weightTemplate(overrides: Partial<RateTemplateInput> = {}): RateTemplateInput {
  return {
    name: 'Standard',
    currency: 'CNY',
    basis: 'weight',
    rules: [
      {
        regions: ['江苏', '浙江', '上海'],
        firstUnit: 1_000,
        firstFee: 800,
        additionalUnit: 1_000,
        additionalFee: 400,
      },
      {
        regions: ['新疆', '内蒙古'],
        firstUnit: 1_000,
        firstFee: 2_000,
        additionalUnit: 500,
        additionalFee: 1_000,
      },
      { regions: ['*'], firstUnit: 1_000, firstFee: 1_000, additionalUnit: 1_000, additionalFee: 500 },
    ],
    ...overrides,
  };
}

export async function eventsOf(ctx: Ctx, type: string) {
  return ctx.db
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.merchantId, ctx.merchantId), eq(outboxEvents.type, type)));
}

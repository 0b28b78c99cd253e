import { and, eq, inArray } from 'drizzle-orm';
import {
  customerIdOf,
  fail,
  inTransaction,
  ok,
  type AccessPurpose,
  type Ctx,
  type Result,
} from '../../../platform/index.ts';
import { hasConsent, readFields, recordDeletion, sealFields } from '../../privacy/index.ts';
import { isKnownCity } from '../city-tiers.ts';
import { GENDERS, INCOME_BANDS, type Demographics, type Gender, type IncomeBand } from '../demographics.ts';
import { customerDemographics, customers, type DemographicsRow } from '../schema.ts';

const TABLE = 'customer_demographics';
const COLUMNS = ['birth_year', 'gender', 'city', 'income_band'] as const;
const EMPTY: Demographics = { birthYear: null, gender: null, city: null, incomeBand: null };

/** Opens one row's fields for a purpose; one audit 'read' entry per person (none when `audited` is false). */
export async function openDemographics(
  ctx: Ctx,
  purpose: AccessPurpose,
  row: DemographicsRow,
  options: { audited?: boolean } = {},
): Promise<Demographics> {
  const { values } = await readFields(
    ctx,
    purpose,
    { subjectId: row.customerId, table: TABLE, rowId: row.customerId },
    {
      birth_year: { sealed: row.birthYearSealed, class: 'demographic' },
      gender: { sealed: row.genderSealed, class: 'demographic' },
      city: { sealed: row.citySealed, class: 'demographic' },
      income_band: { sealed: row.incomeBandSealed, class: 'demographic' },
    },
    options,
  );
  const year = Number(values.birth_year);
  return {
    birthYear: values.birth_year !== null && Number.isInteger(year) ? year : null,
    gender: (GENDERS as readonly string[]).includes(values.gender ?? '') ? (values.gender as Gender) : null,
    city: values.city,
    incomeBand: (INCOME_BANDS as readonly string[]).includes(values.income_band ?? '')
      ? (values.income_band as IncomeBand)
      : null,
  };
}

async function rowOf(ctx: Ctx, customerId: string): Promise<DemographicsRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(customerDemographics)
    .where(
      and(
        eq(customerDemographics.merchantId, ctx.merchantId),
        eq(customerDemographics.customerId, customerId),
      ),
    );
  return row;
}

/** The signed-in shopper's own portrait fields (purpose 'self', audited). */
export async function getMyDemographics(ctx: Ctx): Promise<Result<Demographics>> {
  const customerId = customerIdOf(ctx);
  if (!customerId) return fail('CUSTOMER_NOT_FOUND');
  const row = await rowOf(ctx, customerId);
  return ok(row ? await openDemographics(ctx, 'self', row) : EMPTY);
}

/**
 * Replaces the shopper's portrait fields. Storing any value needs the analytics consent (checked in the
 * database, so a withdrawal a moment ago counts); clearing everything is always allowed and deletes the
 * row. A birth year in the future or a city outside the table is VALIDATION_FAILED; nothing changes.
 */
export async function setMyDemographics(
  ctx: Ctx,
  input: Demographics,
  now = new Date(),
): Promise<Result<Demographics>> {
  const customerId = customerIdOf(ctx);
  if (!customerId) return fail('CUSTOMER_NOT_FOUND');
  if (input.birthYear !== null && input.birthYear > now.getUTCFullYear()) return fail('VALIDATION_FAILED');
  if (input.city !== null && !isKnownCity(input.city)) return fail('VALIDATION_FAILED');
  const storing = Object.values(input).some((v) => v !== null);
  if (storing && !(await hasConsent(ctx, customerId, 'analytics')))
    return fail('DEMOGRAPHICS_CONSENT_REQUIRED');
  return inTransaction(ctx, async (tx) => {
    const mine = and(eq(customers.merchantId, tx.merchantId), eq(customers.id, customerId));
    const [account] = await tx.db
      .select({ erasedAt: customers.erasedAt })
      .from(customers)
      .where(mine)
      .for('update');
    if (!account || account.erasedAt) return fail('CUSTOMER_NOT_FOUND');
    const where = and(
      eq(customerDemographics.merchantId, tx.merchantId),
      eq(customerDemographics.customerId, customerId),
    );
    if (!storing) {
      const removed = await tx.db.delete(customerDemographics).where(where).returning();
      if (removed.length > 0)
        recordDeletion(tx, { subjectId: customerId, table: TABLE, rowId: customerId }, COLUMNS);
      return ok(EMPTY);
    }
    const sealed = await sealFields(
      tx,
      { subjectId: customerId, table: TABLE, rowId: customerId },
      {
        birth_year: input.birthYear === null ? null : String(input.birthYear),
        gender: input.gender,
        city: input.city,
        income_band: input.incomeBand,
      },
    );
    const columns = {
      birthYearSealed: sealed.birth_year,
      genderSealed: sealed.gender,
      citySealed: sealed.city,
      incomeBandSealed: sealed.income_band,
      updatedAt: now,
    };
    await tx.db
      .insert(customerDemographics)
      .values({ customerId, merchantId: tx.merchantId, ...columns })
      .onConflictDoUpdate({ target: customerDemographics.customerId, set: columns });
    return ok({ ...input });
  });
}

/** Ids of the shop's shoppers who filled in any portrait field (no personal field is opened). */
export async function listDemographicSubjects(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: customerDemographics.customerId })
    .from(customerDemographics)
    .where(eq(customerDemographics.merchantId, ctx.merchantId));
  return rows.map((r) => r.id);
}

/**
 * Opens the portrait fields of the given shoppers for aggregate analytics: the caller has checked each
 * one's analytics consent. Each person read is one audit entry (purpose 'analytics'), as the privacy
 * module requires; the audit writer batches the inserts.
 */
export async function readDemographicsForAnalytics(
  ctx: Ctx,
  customerIds: readonly string[],
): Promise<Demographics[]> {
  const out: Demographics[] = [];
  const BATCH = 500;
  for (let i = 0; i < customerIds.length; i += BATCH) {
    const ids = customerIds.slice(i, i + BATCH);
    const rows = await ctx.db
      .select()
      .from(customerDemographics)
      .where(
        and(
          eq(customerDemographics.merchantId, ctx.merchantId),
          inArray(customerDemographics.customerId, ids),
        ),
      );
    for (const row of rows) out.push(await openDemographics(ctx, 'analytics', row));
  }
  return out;
}

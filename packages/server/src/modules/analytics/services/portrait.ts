import type { Ctx } from '../../../platform/index.ts';
import {
  CITY_TIERS,
  cityTierOf,
  GENDERS,
  INCOME_BANDS,
  listDemographicSubjects,
  readDemographicsForAnalytics,
  type Demographics,
} from '../../customers/index.ts';
import { subjectsWithConsent } from '../../privacy/index.ts';
import { MIN_CELL, suppressSmallCells } from '../small-cells.ts';
import type { PortraitView } from '../views.ts';

export const AGE_BANDS = [
  'under_18',
  '18_24',
  '25_29',
  '30_34',
  '35_39',
  '40_49',
  '50_59',
  '60_plus',
] as const;
const UNKNOWN = 'unknown';

export function ageBandOf(birthYear: number, year: number): (typeof AGE_BANDS)[number] {
  // By calendar year: the birthday itself is not held.
  const age = year - birthYear;
  if (age < 18) return 'under_18';
  if (age < 25) return '18_24';
  if (age < 30) return '25_29';
  if (age < 35) return '30_34';
  if (age < 40) return '35_39';
  if (age < 50) return '40_49';
  if (age < 60) return '50_59';
  return '60_plus';
}

/**
 * The shopper portrait: age, gender, city tier and income bands over the shoppers who filled in any of
 * them AND hold the analytics consent now (checked per person before anything is opened). Each person
 * opened is one audit 'read' entry with purpose 'analytics'. Bands under k people are suppressed; with
 * fewer than k people in all, nothing but "<k" is shown.
 */
export async function portrait(ctx: Ctx, now = new Date()): Promise<PortraitView> {
  const candidates = await listDemographicSubjects(ctx);
  const consenting = await subjectsWithConsent(ctx, candidates, 'analytics');
  if (consenting.length < MIN_CELL) {
    return { k: MIN_CELL, shoppers: consenting.length === 0 ? 0 : null, dimensions: null };
  }
  const people = await readDemographicsForAnalytics(ctx, consenting);
  const year = now.getUTCFullYear();
  const tally = (key: (d: Demographics) => string | null) => {
    const counts = new Map<string, number>();
    for (const person of people) {
      const band = key(person) ?? UNKNOWN;
      counts.set(band, (counts.get(band) ?? 0) + 1);
    }
    return counts;
  };
  return {
    k: MIN_CELL,
    shoppers: people.length,
    dimensions: {
      age: suppressSmallCells(
        tally((d) => (d.birthYear === null ? null : ageBandOf(d.birthYear, year))),
        [...AGE_BANDS, UNKNOWN],
      ),
      gender: suppressSmallCells(
        tally((d) => d.gender),
        [...GENDERS, UNKNOWN],
      ),
      cityTier: suppressSmallCells(
        tally((d) => (d.city === null ? null : cityTierOf(d.city))),
        [...CITY_TIERS, UNKNOWN],
      ),
      income: suppressSmallCells(
        tally((d) => d.incomeBand),
        [...INCOME_BANDS, UNKNOWN],
      ),
    },
  };
}

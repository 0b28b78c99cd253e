import { Type, type Static } from 'typebox';
import { fail, ok, type Result } from '../../platform/index.ts';

export const RangeQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'ISO date or date-time, inclusive; 7 days before `to` by default',
      }),
    ),
    to: Type.Optional(
      Type.String({ maxLength: 40, description: 'ISO date or date-time, exclusive; now by default' }),
    ),
  },
  { additionalProperties: false },
);
export type RangeQuery = Static<typeof RangeQuery>;

export interface DateRange {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** [from, to): reversed, empty, unparsable or longer than a year is ANALYTICS_RANGE_INVALID. */
export function parseRange(query: RangeQuery, now = new Date()): Result<DateRange> {
  const parse = (value: string | undefined, fallback: Date): Date | undefined => {
    if (value === undefined) return fallback;
    if (!ISO.test(value)) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  };
  const to = parse(query.to, now);
  if (!to) return fail('ANALYTICS_RANGE_INVALID');
  const from = parse(query.from, new Date(to.getTime() - 7 * DAY_MS));
  if (!from || from >= to || to.getTime() - from.getTime() > MAX_DAYS * DAY_MS)
    return fail('ANALYTICS_RANGE_INVALID');
  return ok({ from, to });
}

import { Type, type Static } from 'typebox';

// The shopper-portrait profile fields: closed vocabularies, so the portrait's bands are exact and a free
// text field can never carry anything else.

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Self-declared monthly income in CNY. */
export const INCOME_BANDS = ['under_3k', '3k_to_5k', '5k_to_10k', '10k_to_20k', '20k_plus'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

export const EARLIEST_BIRTH_YEAR = 1900;

export interface Demographics {
  birthYear: number | null;
  gender: Gender | null;
  /** A key of the city table (city-tiers.ts), 'other-cn' or 'overseas'. */
  city: string | null;
  incomeBand: IncomeBand | null;
}

// Spelled out (not mapped from CITY_TIERS) so the static type keeps the literals.
export const CityTierSchema = Type.Union([
  Type.Literal('1'),
  Type.Literal('new_1'),
  Type.Literal('2'),
  Type.Literal('3'),
  Type.Literal('4'),
  Type.Literal('5'),
  Type.Literal('other'),
]);

export const DemographicsBody = Type.Object(
  {
    birthYear: Type.Union([Type.Integer({ minimum: EARLIEST_BIRTH_YEAR, maximum: 2100 }), Type.Null()]),
    gender: Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Literal('other'), Type.Null()]),
    city: Type.Union([Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z-]+$' }), Type.Null()]),
    incomeBand: Type.Union([
      Type.Literal('under_3k'),
      Type.Literal('3k_to_5k'),
      Type.Literal('5k_to_10k'),
      Type.Literal('10k_to_20k'),
      Type.Literal('20k_plus'),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);
export type DemographicsBody = Static<typeof DemographicsBody>;

export const DemographicsSchema = Type.Object(
  {
    ...DemographicsBody.properties,
    cityTier: Type.Union([CityTierSchema, Type.Null()]),
    /** Whether the shopper has the analytics consent now: without it nothing new can be stored. */
    analyticsConsent: Type.Boolean(),
  },
  { additionalProperties: false },
);

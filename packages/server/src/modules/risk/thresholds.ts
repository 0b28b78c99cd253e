import { Type, type Static } from 'typebox';

/** The rules, by the reason code each writes on an assessment. */
export const RISK_RULES = [
  'account_velocity',
  'device_velocity',
  'address_velocity',
  'amount_spike',
  'shared_device',
  'discount_reuse',
] as const;
export type RiskRule = (typeof RISK_RULES)[number];

/** How long each rule looks back. Fixed: the limits and points are what merchants tune. */
export const RULE_WINDOW_MS: Record<RiskRule, number> = {
  account_velocity: 60 * 60 * 1000,
  device_velocity: 60 * 60 * 1000,
  address_velocity: 24 * 60 * 60 * 1000,
  // Compared with paid orders of the last 90 days.
  amount_spike: 90 * 24 * 60 * 60 * 1000,
  shared_device: 24 * 60 * 60 * 1000,
  discount_reuse: 7 * 24 * 60 * 60 * 1000,
};

/** The longest window a count looks back over; the history query reads no further. */
export const COUNT_WINDOW_MS = RULE_WINDOW_MS.discount_reuse;

/**
 * A median needs this many paid orders to mean anything: the account's own first, else the merchant's.
 * Below both, the amount rule stays silent rather than flag every first purchase.
 */
export const MIN_ACCOUNT_PAID_ORDERS = 3;
export const MIN_MERCHANT_PAID_ORDERS = 20;

const RuleSetting = (limitDescription: string) =>
  Type.Object(
    {
      limit: Type.Integer({ minimum: 1, maximum: 100_000, description: limitDescription }),
      points: Type.Integer({ minimum: 0, maximum: 1000, description: 'Added to the score when exceeded' }),
    },
    { additionalProperties: false },
  );

export const RiskThresholdsSchema = Type.Object(
  {
    holdScore: Type.Integer({
      minimum: 1,
      maximum: 10_000,
      description: 'A payment scoring this or more is held for review',
    }),
    rules: Type.Object(
      {
        account_velocity: RuleSetting('Payment attempts by one account in an hour'),
        device_velocity: RuleSetting('Payment attempts from one device in an hour'),
        address_velocity: RuleSetting('Payment attempts to one delivery address in a day'),
        amount_spike: RuleSetting("Multiple of the account's (or the shop's) median paid order"),
        shared_device: RuleSetting('Distinct accounts paying from one device in 24 hours'),
        discount_reuse: RuleSetting('Other discounted orders from the device or to the address in 7 days'),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RiskThresholds = Static<typeof RiskThresholdsSchema>;

/**
 * The defaults (docs/decisions/0010-payment-risk.md explains them). Each velocity rule and a shared
 * device holds a payment on its own; an amount spike or discount reuse holds only with another signal.
 */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = {
  holdScore: 60,
  rules: {
    account_velocity: { limit: 5, points: 60 },
    device_velocity: { limit: 10, points: 60 },
    address_velocity: { limit: 10, points: 40 },
    amount_spike: { limit: 5, points: 40 },
    shared_device: { limit: 3, points: 60 },
    discount_reuse: { limit: 3, points: 40 },
  },
};

import type { ConsentPurpose } from '../../../platform/index.ts';

/** Every purpose a shopper can consent to; `satisfies` keeps this list and the platform's type in step. */
export const CONSENT_PURPOSES = [
  'personalisation',
  'marketing',
  'analytics',
  'third_party_sharing',
  'cross_border',
  'sensitive_data',
] as const satisfies readonly ConsentPurpose[];

/**
 * PIPL asks for a "separate consent" (单独同意) before sharing with another handler (art. 23), sending data
 * abroad (art. 39) and processing sensitive data (art. 29): a grant of one of these must be its own act,
 * never bundled with other choices in one tap. Withdrawals may be bundled; withdrawing must stay easy.
 */
export const SEPARATE_CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'third_party_sharing',
  'cross_border',
  'sensitive_data',
];

/** How the shopper expressed the choice. */
export const CONSENT_METHODS = [
  'checkbox',
  'banner',
  'settings',
  'sign_up',
  'api',
  'staff_recorded',
] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Where the choice was made. */
export const CONSENT_CHANNELS = ['web', 'app', 'mini_program', 'console', 'api'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/**
 * The privacy notice now in force (docs/privacy.md). Clients show it and send back the version they showed,
 * so each record proves what the shopper was told.
 */
export const CURRENT_NOTICE_VERSION = '2026-12-01';

// Consent: what the privacy module's index.ts exports and mounts of it.
export { storeConsentRoutes } from './routes.ts';
export { cachedConsentResolver, setupConsentCache } from './consent-cache.ts';
export { currentConsents, grantedConsents, type ConsentState } from './services/current-consents.ts';
export {
  hasConsent,
  personalisationMode,
  subjectsWithConsent,
  type PersonalisationMode,
} from './services/has-consent.ts';
export { recordConsents, type ConsentChoices } from './services/record-consents.ts';
export { recordSignUpConsents } from './services/record-sign-up-consents.ts';
export { SignUpConsentsBody, type SignUpConsentsInput } from './views.ts';
export {
  CONSENT_CHANNELS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CURRENT_NOTICE_VERSION,
  SEPARATE_CONSENT_PURPOSES,
  type ConsentChannel,
  type ConsentMethod,
} from './purposes.ts';

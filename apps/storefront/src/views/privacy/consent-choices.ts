import type { Consent, ConsentPurpose, Consents, PrivacyRequest } from './types.ts';

/** The order the privacy centre lists purposes in: everyday ones first, separate consents last. */
export function orderedConsents(items: readonly Consent[]): Consent[] {
  return [...items].sort((a, b) => Number(a.separate) - Number(b.separate));
}

/**
 * One toggle is one request with one change, so a separate consent (sharing, cross-border, sensitive
 * data) is always its own act, as the API requires, and a withdrawal applies from the next request.
 */
export function changeFor(
  purpose: ConsentPurpose,
  granted: boolean,
  noticeVersion: string,
  installed: boolean,
) {
  return {
    noticeVersion,
    method: 'settings' as const,
    channel: installed ? ('app' as const) : ('web' as const),
    changes: [{ purpose, granted }],
  };
}

/**
 * What the sign-up form offers, all unticked: the everyday purposes only. Creating an account bundles
 * whatever is ticked with it, so separate consents are asked for later, one at a time, in the privacy centre.
 */
export const SIGN_UP_PURPOSES = ['personalisation', 'marketing', 'analytics'] as const;
export type SignUpPurpose = (typeof SIGN_UP_PURPOSES)[number];

/** The sign-up's consent record: every offered purpose with the shopper's answer, ticked or not. */
export function signUpConsents(
  noticeVersion: string,
  ticked: ReadonlySet<SignUpPurpose>,
  installed: boolean,
) {
  return {
    noticeVersion,
    channel: installed ? ('app' as const) : ('web' as const),
    changes: SIGN_UP_PURPOSES.map((purpose) => ({ purpose, granted: ticked.has(purpose) })),
  };
}

/** Granted under an earlier notice than the one in force: the shopper is asked to confirm it again. */
export const outdated = (consent: Consent, consents: Consents) =>
  consent.granted && consent.noticeVersion !== consents.currentNoticeVersion;

/**
 * One tap re-confirms the everyday purposes granted under an earlier notice. Separate consents are left
 * out: each must be confirmed on its own, from its row in the list.
 */
export function reconfirmEveryday(consents: Consents, installed: boolean) {
  const changes = consents.items
    .filter((c) => !c.separate && outdated(c, consents))
    .map((c) => ({ purpose: c.purpose, granted: true }));
  if (changes.length === 0) return undefined;
  return {
    noticeVersion: consents.currentNoticeVersion,
    method: 'banner' as const,
    channel: installed ? ('app' as const) : ('web' as const),
    changes,
  };
}

/** Granting a separate consent asks once more; withdrawing never does. */
export function needsConfirmation(consent: Consent, granted: boolean): boolean {
  return consent.separate && granted;
}

/** Whole days until a request's deadline (negative once past). */
export function daysLeft(request: PrivacyRequest, now: Date = new Date()): number {
  return Math.floor((Date.parse(request.dueAt) - now.getTime()) / 86_400_000);
}

export const isOpen = (request: PrivacyRequest) =>
  request.state === 'received' || request.state === 'in_progress';

/** Whether any export or erasure is still being carried out: the page polls until none is. */
export function awaitingJob(requests: readonly PrivacyRequest[]): boolean {
  return requests.some((r) => isOpen(r) && r.kind !== 'rectification');
}

/** Vant tag colours per state. */
export const STATE_TAG: Record<PrivacyRequest['state'], 'primary' | 'success' | 'danger' | 'warning'> = {
  received: 'warning',
  in_progress: 'primary',
  completed: 'success',
  rejected: 'danger',
};

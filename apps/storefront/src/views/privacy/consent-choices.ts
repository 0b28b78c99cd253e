import type { Consent, ConsentPurpose, PrivacyRequest } from './types.ts';

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

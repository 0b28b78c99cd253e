import { randomBytes } from 'node:crypto';

export type CardOutcome = 'approve' | 'decline' | 'timeout';

/** The sandbox's test cards, as payment gateways document them for integration testing. */
const TEST_CARDS: Record<string, CardOutcome> = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000000000009995': 'timeout',
};

export interface CardEntry {
  cardNumber: string;
  expiry: string;
  cvc: string;
}

export type CardCheck =
  | { valid: false; message: string }
  | { valid: true; outcome: CardOutcome; declineReason: string | null; token: string };

/**
 * Decides what the sandbox does with a card and swaps the number for an opaque random token: the
 * number is neither stored nor derived into anything stored (a hash of 16 digits is guessable).
 */
export function checkCard(entry: CardEntry, now: Date): CardCheck {
  const digits = entry.cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits))
    return { valid: false, message: 'card number is not valid' };
  const expiry = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(entry.expiry);
  if (!expiry) return { valid: false, message: 'expiry must be MM/YY' };
  if (!/^\d{3,4}$/.test(entry.cvc)) return { valid: false, message: 'cvc must be 3 or 4 digits' };
  const token = `tok_${randomBytes(16).toString('hex')}`;
  // Valid through the last day of the expiry month.
  const expiresAt = Date.UTC(2000 + Number(expiry[2]), Number(expiry[1]), 1);
  if (expiresAt <= now.getTime())
    return { valid: true, outcome: 'decline', declineReason: 'expired_card', token };
  const outcome = TEST_CARDS[digits];
  if (!outcome) return { valid: true, outcome: 'decline', declineReason: 'test_card_unknown', token };
  return { valid: true, outcome, declineReason: outcome === 'decline' ? 'card_declined' : null, token };
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

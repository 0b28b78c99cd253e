/**
 * Card numbers must never be stored (PCI DSS scope), and shoppers do paste them into order notes and
 * addresses. A run of 13-19 digits that passes the Luhn check is treated as one. Digits may be grouped by
 * single spaces or dashes ("4111 1111 1111 1111"); a run glued to ASCII letters or digits (a tracking code
 * like SF1234567890123) is not a card number. CJK text around the digits counts as a boundary, since
 * Chinese is written without spaces.
 */
export interface CardNumberMatch {
  /** How many digits the number has; never the digits themselves, so the match is safe to log. */
  digits: number;
  last4: string;
}

// Digit groups joined by one space or dash, not touching another ASCII letter or digit. A leading "+" is
// an international phone number ("+86 138 0013 8000" has 13 digits), never a card.
const DIGIT_RUN = /(?<![0-9A-Za-z+])\d+(?:[ -]\d+)*(?![0-9A-Za-z])/g;

export function findCardNumber(text: string): CardNumberMatch | undefined {
  // Full-width digits (common from Chinese input methods) are digits too.
  const normalised = text.normalize('NFKC');
  for (const run of normalised.matchAll(DIGIT_RUN)) {
    const groups = run[0].split(/[ -]/);
    // Any whole-group stretch may be the number: "card 4111 1111 1111 1111 exp 12 28" has digits after it.
    for (let start = 0; start < groups.length; start += 1) {
      let digits = '';
      for (let end = start; end < groups.length; end += 1) {
        digits += groups[end];
        if (digits.length > 19) break;
        if (digits.length >= 13 && luhnValid(digits))
          return { digits: digits.length, last4: digits.slice(-4) };
      }
    }
  }
  return undefined;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

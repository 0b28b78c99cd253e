import { Type, type TStringOptions } from 'typebox';

export { findCardNumber, luhnValid, type CardNumberMatch } from './card-number.ts';

/**
 * An address a shop can actually mail: common local-part characters and a domain with an alphabetic
 * top-level label. Stricter than RFC 5322 on purpose: quoted local parts, IP-literal domains and the like
 * are legal but in a sign-up form are almost always a typo or a probe.
 */
export const EmailAddress = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}$',
  description: 'Email address',
});

/** The schema keyword our validators answer with CARD_NUMBER_REFUSED (an OpenAPI `x-` extension). */
export const CARD_NUMBER_KEYWORD = 'x-refuse-card-numbers';

/**
 * A string people type freely (order notes, address lines, gift messages). Refuses, at validation, any
 * text holding what looks like a card number (findCardNumber) with CARD_NUMBER_REFUSED, so a card number
 * never reaches storage or logs.
 */
export function FreeText(options: TStringOptions & { maxLength: number }) {
  return Type.String({ ...options, [CARD_NUMBER_KEYWORD]: true });
}

import { Type } from 'typebox';

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

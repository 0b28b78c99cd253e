import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from './mask-contact.ts';

describe('contact masking', () => {
  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('alice@example.com')).toBe('a***@example.com');
    expect(maskEmail('b@x.cn')).toBe('b***@x.cn');
    expect(maskEmail('not-an-email')).toBe('***');
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('+86 138 1234 1234')).toBe('+86****1234');
    expect(maskPhone('12345')).toBe('***45');
  });
});

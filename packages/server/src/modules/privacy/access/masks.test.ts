import { describe, expect, it } from 'vitest';
import { maskEmail, maskName, maskPhone, maskValue } from './masks.ts';

describe('personal value masking', () => {
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

  it('keeps the first character of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('Alice Smith')).toBe('A***');
    expect(maskName('李')).toBe('李*');
  });

  it('hides address lines entirely and leaves the region', () => {
    expect(maskValue('address', '西湖区文三路 90 号')).toBe('****');
    expect(maskValue('region', '浙江省')).toBe('浙江省');
    expect(maskValue('contact', 'x@y.cn')).toBe('x***@y.cn');
  });
});

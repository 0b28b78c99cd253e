import type { FieldClass } from './policy.ts';

/** 13812341234 -> 138****1234; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** 张三丰 -> 张**, Alice Smith -> A*** */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.min(Math.max(chars.length - 1, 1), 3))}`;
}

export function maskValue(kind: FieldClass, value: string, hint?: 'phone' | 'email'): string {
  switch (kind) {
    case 'contact':
      return hint === 'email' || value.includes('@') ? maskEmail(value) : maskPhone(value);
    case 'name':
      return maskName(value);
    case 'region':
      return value;
    default:
      return '****';
  }
}

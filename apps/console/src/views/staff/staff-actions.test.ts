import { describe, expect, it } from 'vitest';
import { generatePassword, newStaffProblems, staffActions } from './staff-actions.ts';

describe('staff actions', () => {
  it('offers role changes and disabling for others, never for yourself', () => {
    expect(staffActions({ id: 'stf_b', status: 'active' }, 'stf_a')).toEqual({
      changeRole: true,
      disable: true,
      enable: false,
      unfreezeElsewhere: false,
    });
    expect(staffActions({ id: 'stf_a', status: 'active' }, 'stf_a')).toMatchObject({
      changeRole: false,
      disable: false,
    });
    expect(staffActions({ id: 'stf_b', status: 'disabled' }, 'stf_a')).toMatchObject({
      enable: true,
      disable: false,
    });
    expect(staffActions({ id: 'stf_b', status: 'frozen' }, 'stf_a')).toMatchObject({
      changeRole: false,
      enable: false,
      unfreezeElsewhere: true,
    });
  });

  it('generates 20-character passwords from the unambiguous alphabet, skipping biased bytes', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(generatePassword()).not.toBe(password);
    // Bytes of 228 and above (256 - 256 % 57) would favour the first characters; they are skipped.
    let call = 0;
    const fixed = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 250 : 0);
    expect(generatePassword(fixed)).toBe('A'.repeat(20));
  });

  it('checks a new account before sending it', () => {
    expect(
      newStaffProblems({ email: 'li@shop', displayName: ' ', role: 'analyst', password: 'short' }),
    ).toEqual(['email', 'displayName', 'password']);
    expect(
      newStaffProblems({
        email: 'li@shop.cn',
        displayName: 'Li',
        role: 'operator',
        password: generatePassword(),
      }),
    ).toEqual([]);
  });
});

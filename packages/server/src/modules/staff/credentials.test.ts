import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/index.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { checkPasswordPolicy, hashPassword, type BreachedPasswordChecker } from './credentials.ts';

describe('password policy', () => {
  it('accepts a long passphrase, including the one every fixture account uses', async () => {
    expect(await checkPasswordPolicy('sunflower-kettle-42')).toEqual({ ok: true, value: undefined });
    expect((await checkPasswordPolicy(FIXTURE_PASSWORD, { userInputs: ['owner@shop.test'] })).ok).toBe(true);
  });

  it('refuses short passwords as WEAK_PASSWORD', async () => {
    expect(await checkPasswordPolicy('x7#kQ2')).toMatchObject({ ok: false, code: 'WEAK_PASSWORD' });
  });

  it('refuses passwords from the common-password list as BREACHED_PASSWORD, whatever their case', async () => {
    expect(await checkPasswordPolicy('password123')).toMatchObject({ ok: false, code: 'BREACHED_PASSWORD' });
    expect(await checkPasswordPolicy('QwertyUIOP')).toMatchObject({ ok: false, code: 'BREACHED_PASSWORD' });
  });

  it('refuses easily guessed passwords (score below 3) as WEAK_PASSWORD with a hint', async () => {
    const weak = await checkPasswordPolicy('aaaaaaaaaaaa');
    expect(weak).toMatchObject({ ok: false, code: 'WEAK_PASSWORD' });
    expect(weak.ok ? '' : weak.detail).toMatch(/Too easy to guess/);
  });

  it("counts the account's own email as guessable", async () => {
    const password = 'meiling.zhou@example.com';
    expect((await checkPasswordPolicy(password)).ok).toBe(true);
    expect(await checkPasswordPolicy(password, { userInputs: [password] })).toMatchObject({
      ok: false,
      code: 'WEAK_PASSWORD',
    });
  });

  it('asks the breached-password checker it is given', async () => {
    const asked: string[] = [];
    const checker: BreachedPasswordChecker = {
      isBreached: async (password) => {
        asked.push(password);
        return true;
      },
    };
    const result = await checkPasswordPolicy('sunflower-kettle-42', { breachedPasswords: checker });
    expect(result).toMatchObject({ ok: false, code: 'BREACHED_PASSWORD' });
    expect(asked).toEqual(['sunflower-kettle-42']);
  });

  it('hashPassword enforces the policy, so no weak password is ever stored', async () => {
    await expect(hashPassword('password123')).rejects.toMatchObject({ code: 'BREACHED_PASSWORD' });
    await expect(hashPassword('abcabcabcabc')).rejects.toBeInstanceOf(AppError);
    expect(await hashPassword('sunflower-kettle-42')).toMatch(/^\$argon2id\$/);
  });
});

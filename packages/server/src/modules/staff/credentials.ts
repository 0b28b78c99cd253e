import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { AppError, fail, ok, type Result } from '../../platform/index.ts';

/**
 * Passwords and session tokens, shared by staff and shoppers (the customers module imports these
 * through this module's index).
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's 0-4 scale; 3 is "safely unguessable" (about 10^8 guesses), its authors' recommended floor. */
export const MIN_PASSWORD_SCORE = 3;

/** Says whether a password is known from breaches. Strategy with an offline default (no network). */
export interface BreachedPasswordChecker {
  isBreached(password: string): Promise<boolean>;
}

/**
 * The ~50,000 commonest passwords from breach corpora, as shipped in @zxcvbn-ts/language-common.
 * Deployments cannot be assumed to reach the internet, so this is the default; a k-anonymity service
 * (Have I Been Pwned's range API) can be plugged in through the interface where they can.
 */
export class CommonPasswordList implements BreachedPasswordChecker {
  private list: Set<string> | undefined;
  async isBreached(password: string): Promise<boolean> {
    this.list ??= new Set(common.dictionary['passwords-common']);
    return this.list.has(password.toLowerCase());
  }
}

export const defaultBreachedPasswordChecker: BreachedPasswordChecker = new CommonPasswordList();

// Built on first use: loading the dictionaries takes ~100 ms, which only sign-up and staff creation pay.
let zxcvbn: ZxcvbnFactory | undefined;
function strengthOf(password: string, userInputs: readonly string[]) {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return zxcvbn.check(password, ['hexamall', ...userInputs]);
}

export interface PasswordPolicyOptions {
  /** What the account is known by (email, name): a password built from them is weak. */
  userInputs?: readonly string[];
  breachedPasswords?: BreachedPasswordChecker;
}

/**
 * The password policy for sign-up, staff creation and password changes: long enough, not from a breach
 * list, and a zxcvbn score of at least 3 with the account's own email and name counted as guessable.
 */
export async function checkPasswordPolicy(
  password: string,
  options: PasswordPolicyOptions = {},
): Promise<Result<void, 'WEAK_PASSWORD' | 'BREACHED_PASSWORD'>> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return fail('WEAK_PASSWORD', `Use at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const breached = options.breachedPasswords ?? defaultBreachedPasswordChecker;
  if (await breached.isBreached(password)) return fail('BREACHED_PASSWORD');
  const inputs = (options.userInputs ?? []).flatMap((input) => [input, ...input.split(/[@.\s_-]+/)]);
  const strength = strengthOf(
    password,
    inputs.filter((input) => input.length >= 3),
  );
  if (strength.score < MIN_PASSWORD_SCORE) {
    const hint = strength.feedback.warning ?? strength.feedback.suggestions[0];
    return fail('WEAK_PASSWORD', hint ? `Too easy to guess: ${hint}` : 'Too easy to guess');
  }
  return ok(undefined);
}

/**
 * argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum recommendation. Every new
 * password passes through here, so the policy is enforced here too: a refusal throws WEAK_PASSWORD or
 * BREACHED_PASSWORD (422). Callers that want the refusal as a value call checkPasswordPolicy first.
 */
export async function hashPassword(password: string, userInputs: readonly string[] = []): Promise<string> {
  const policy = await checkPasswordPolicy(password, { userInputs });
  if (!policy.ok) throw new AppError(policy.code, policy.detail);
  return hash(password);
}

// Verified against when the account does not exist, so a missing account costs as much time as a wrong
// password and sign-in timing does not reveal which emails are registered.
let dummyHash: Promise<string> | undefined;

/** Checks a password; pass `undefined` as the hash when there is no such account. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    dummyHash ??= hash(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** 32 random bytes, base64url: handed to the client once and never stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

import type { paths } from '@hexamall/sdk';
import type { StaffRole } from '../../api/types.ts';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
export type StaffMember = Ok<paths['/api/admin/staff']['get']>['items'][number];

export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'operator', 'customer_service', 'analyst'];

/**
 * What the console offers for a row. Your own account is left alone (changing your own role or
 * disabling yourself would lock you out mid-task); frozen accounts are unfrozen on the access security
 * page, with its audit note. The server still refuses what breaks its rules (LAST_OWNER, STAFF_FROZEN).
 */
export function staffActions(member: Pick<StaffMember, 'id' | 'status'>, myId: string | undefined) {
  const self = member.id === myId;
  return {
    changeRole: !self && member.status !== 'frozen',
    disable: !self && member.status === 'active',
    enable: !self && member.status === 'disabled',
    unfreezeElsewhere: member.status === 'frozen',
  };
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A first password to hand over (20 characters from an unambiguous alphabet, about 117 bits). */
export function generatePassword(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < 20) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && out.length < 20) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

export interface NewStaffForm {
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

export type NewStaffProblem = 'email' | 'displayName' | 'password';

export function newStaffProblems(form: NewStaffForm): NewStaffProblem[] {
  const problems: NewStaffProblem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) problems.push('email');
  if (!form.displayName.trim() || form.displayName.trim().length > 80) problems.push('displayName');
  if (form.password.length < 8) problems.push('password');
  return problems;
}

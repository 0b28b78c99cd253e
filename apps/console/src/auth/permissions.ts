import type { SignedIn } from '../api/types.ts';

/**
 * What a staff member may do, as the server names it. The console reads a signed-in member's list from
 * the sign-in and /me answers (no copy of the role table to drift), and uses it only to hide what they
 * cannot use; the server checks every request.
 */
export type Permission = SignedIn['permissions'][number];

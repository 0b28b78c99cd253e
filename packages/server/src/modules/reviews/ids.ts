import { ulid } from 'ulidx';

/**
 * Review ids in the platform's format (prefix + lower-case ULID, time ordered, so usable as a cursor).
 * The platform's newId takes a closed list of prefixes this module does not own; see decision 0013.
 */
export const newReviewId = () => `rev_${ulid().toLowerCase()}`;

import { ulid } from 'ulidx';

/**
 * Ids of this module's rows, in the platform's format (prefix + lower-case ULID, time ordered). The
 * platform's newId takes a closed list of prefixes that this module does not own; see decision 0013.
 */
export const promotionsId = (prefix: 'cpt' | 'ccp' | 'crd') => `${prefix}_${ulid().toLowerCase()}`;

import { NO_PRIVACY, type PersonalDataVault } from '../../../platform/index.ts';
import type { PrivacyOptions } from '../open-privacy.ts';

// Placeholder until the vault lands (same session): refuses every use.
export async function openVault(_options: PrivacyOptions): Promise<PersonalDataVault> {
  return NO_PRIVACY.vault;
}

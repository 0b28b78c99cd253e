/**
 * A ciphertext the vault will not open, or a seal it will not make. These are not business failures a
 * client can fix: they mean tampering, a bug or lost keys, so they end the request as a 500 and are
 * logged (the message never carries plaintext or key material).
 */
export class VaultError extends Error {
  constructor(
    readonly reason:
      'malformed' | 'tampered' | 'wrong_subject' | 'no_data_key' | 'subject_erased' | 'key_unavailable',
    detail: string,
  ) {
    super(`vault: ${reason}: ${detail}`);
    this.name = 'VaultError';
  }
}

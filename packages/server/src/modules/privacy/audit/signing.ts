import { generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * Signs and verifies audit checkpoints. The vault's keyring provides it (KeyringAuditSigner has this
 * shape): its Ed25519 audit key, whose id is stored beside each base64 signature.
 */
export interface AuditSigner {
  readonly keyId: string;
  sign(bytes: Uint8Array): string;
  /** False for a wrong signature, a malformed one, or a key id it does not hold. */
  verify(keyId: string, bytes: Uint8Array, signature: string): boolean;
}

/** A fresh in-memory Ed25519 key, for tests and for an app not given the keyring's. */
export function ephemeralAuditSigner(keyId = 'audit-ephemeral'): AuditSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    keyId,
    sign: (bytes) => sign(null, bytes, privateKey).toString('base64'),
    verify: (id, bytes, signature) => {
      if (id !== keyId) return false;
      try {
        return verify(null, bytes, publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

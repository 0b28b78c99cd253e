import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { encodeCbor } from './cbor.ts';

// Authenticator data flags (WebAuthn §6.1).
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

interface StoredCredential {
  id: Buffer;
  privateKey: KeyObject;
  userHandle: string;
  counter: number;
}

export interface CeremonyOverrides {
  /** The origin the "browser" reports in clientDataJSON. */
  origin?: string;
  /** Leave out user verification (a security key used without its PIN). */
  withoutUserVerification?: boolean;
}

export interface RegistrationOverrides extends CeremonyOverrides {
  /** Attest an already-held passkey again, as an authenticator that ignores excludeCredentials would. */
  again?: boolean;
}

export interface AssertionOverrides extends CeremonyOverrides {
  /** Use this signature count instead of the next one (a cloned authenticator reports a stale count). */
  counter?: number;
  credentialId?: string;
}

/**
 * A software passkey authenticator, as a phone's platform authenticator behaves: P-256 (ES256) keys from
 * node:crypto, attestation format 'none', discoverable credentials with the user handle kept, and a
 * signature counter that goes up by one per assertion (set `countsSignatures: false` for a synced passkey,
 * which always reports 0).
 */
export class SoftwareAuthenticator {
  readonly credentials: StoredCredential[] = [];

  constructor(
    private readonly origin: string,
    private readonly options: { countsSignatures?: boolean } = {},
  ) {}

  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    overrides: RegistrationOverrides = {},
  ): RegistrationResponseJSON {
    const rpId = options.rp.id ?? new URL(this.origin).hostname;
    const held = overrides.again ? this.credentials[0] : undefined;
    const credential: StoredCredential = held ?? {
      id: randomBytes(32),
      privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
      userHandle: options.user.id,
      counter: this.options.countsSignatures === false ? 0 : 1,
    };
    const jwk = createPublicKey(credential.privateKey).export({ format: 'jwk' });
    const coseKey = encodeCbor(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x ?? '', 'base64url')],
        [-3, Buffer.from(jwk.y ?? '', 'base64url')],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, credential.id, coseKey]); // AAGUID zero: 'none'
    const authData = this.authenticatorData(
      rpId,
      AT | UP | (overrides.withoutUserVerification ? 0 : UV),
      credential.counter,
      attested,
    );
    const attestationObject = encodeCbor(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    if (!held) this.credentials.push(credential);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: this.clientData('webauthn.create', options.challenge, overrides.origin),
        attestationObject: attestationObject.toString('base64url'),
        transports: ['internal', 'hybrid'],
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: { credProps: { rk: true } },
    };
  }

  /** Answers sign-in options with the first (or the named) passkey it holds, as a usernameless prompt. */
  authenticate(
    options: PublicKeyCredentialRequestOptionsJSON,
    overrides: AssertionOverrides = {},
  ): AuthenticationResponseJSON {
    const credential = overrides.credentialId
      ? this.credentials.find((c) => c.id.toString('base64url') === overrides.credentialId)
      : this.credentials[0];
    if (!credential) throw new Error('the authenticator holds no passkey');
    if (this.options.countsSignatures !== false) credential.counter += 1;
    const counter = overrides.counter ?? credential.counter;
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const authData = this.authenticatorData(rpId, UP | (overrides.withoutUserVerification ? 0 : UV), counter);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, overrides.origin);
    const clientDataHash = createHash('sha256').update(Buffer.from(clientDataJSON, 'base64url')).digest();
    // ES256 signatures are DER-encoded ECDSA over authenticatorData || SHA-256(clientDataJSON).
    const signature = sign('sha256', Buffer.concat([authData, clientDataHash]), credential.privateKey);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON,
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }

  private authenticatorData(rpId: string, flags: number, counter: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const rpIdHash = createHash('sha256').update(rpId).digest();
    return Buffer.concat([rpIdHash, Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  private clientData(type: string, challenge: string, origin = this.origin): string {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false })).toString('base64url');
  }
}

import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { api } from './client.ts';
import { dataOf } from './problem.ts';
import type { Answer } from './types.ts';

export type Passkey = Answer<'/api/store/passkeys', 'get'>['items'][number];
export type PasskeySignIn = Answer<'/api/store/passkeys/authentication/verify', 'post'>;

/** Whether this browser can use passkeys at all (WebAuthn); the buttons hide otherwise. */
export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** The shopper closed the system prompt or let it time out: not an error worth a red toast. */
export function isPasskeyCancelled(error: unknown): boolean {
  const cause = error instanceof WebAuthnError ? error.cause : error;
  const name = (cause as { name?: unknown } | undefined)?.name;
  return name === 'NotAllowedError' || name === 'AbortError';
}

/** Usernameless sign-in: the phone offers the passkeys it holds for this shop and verifies the owner. */
export async function signInWithPasskey(): Promise<PasskeySignIn> {
  const options = dataOf(await api.POST('/api/store/passkeys/authentication/options'));
  const response = await startAuthentication({
    optionsJSON: options as PublicKeyCredentialRequestOptionsJSON,
  });
  return dataOf(
    await api.POST('/api/store/passkeys/authentication/verify', { body: { response: plain(response) } }),
  );
}

/** Creates a passkey on this device for the signed-in shopper. */
export async function addPasskey(label?: string): Promise<Passkey> {
  const options = dataOf(await api.POST('/api/store/passkeys/registration/options'));
  const response = await startRegistration({
    optionsJSON: options as PublicKeyCredentialCreationOptionsJSON,
  });
  return dataOf(
    await api.POST('/api/store/passkeys/registration/verify', {
      body: { response: plain(response), ...(label ? { label } : {}) },
    }),
  );
}

export async function listPasskeys(): Promise<Passkey[]> {
  return dataOf(await api.GET('/api/store/passkeys')).items;
}

export async function removePasskey(id: string): Promise<void> {
  dataOf(await api.DELETE('/api/store/passkeys/{id}', { params: { path: { id } } }));
}

/** The browser library types extension outputs as an interface; the API takes them as any JSON object. */
function plain<T extends { clientExtensionResults: object }>(response: T) {
  const clientExtensionResults: Record<string, unknown> = { ...response.clientExtensionResults };
  return { ...response, clientExtensionResults };
}

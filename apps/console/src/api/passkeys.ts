import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { paths } from '@hexamall/sdk';
import { api } from './client.ts';
import { dataOf } from './problem.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Passkey = Json<paths['/api/admin/passkeys']['get']['responses'][200]>['items'][number];
export type PasskeySignIn = Json<
  paths['/api/admin/passkeys/authentication/verify']['post']['responses'][200]
>;

export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** The person closed the system prompt or let it time out: nothing to report. */
export function isPasskeyCancelled(error: unknown): boolean {
  const cause = error instanceof WebAuthnError ? error.cause : error;
  const name = (cause as { name?: unknown } | undefined)?.name;
  return name === 'NotAllowedError' || name === 'AbortError';
}

/** Usernameless sign-in at the merchant with this handle (the default merchant when absent). */
export async function signInWithPasskey(merchant?: string): Promise<PasskeySignIn> {
  const options = dataOf(
    await api.POST('/api/admin/passkeys/authentication/options', { body: merchant ? { merchant } : {} }),
  );
  const response = await startAuthentication({
    optionsJSON: options as PublicKeyCredentialRequestOptionsJSON,
  });
  return dataOf(
    await api.POST('/api/admin/passkeys/authentication/verify', { body: { response: plain(response) } }),
  );
}

/** Creates a passkey on this device for the signed-in staff member. */
export async function addPasskey(label?: string): Promise<Passkey> {
  const options = dataOf(await api.POST('/api/admin/passkeys/registration/options'));
  const response = await startRegistration({
    optionsJSON: options as PublicKeyCredentialCreationOptionsJSON,
  });
  return dataOf(
    await api.POST('/api/admin/passkeys/registration/verify', {
      body: { response: plain(response), ...(label ? { label } : {}) },
    }),
  );
}

export async function listPasskeys(): Promise<Passkey[]> {
  return dataOf(await api.GET('/api/admin/passkeys')).items;
}

export async function removePasskey(id: string): Promise<void> {
  dataOf(await api.DELETE('/api/admin/passkeys/{id}', { params: { path: { id } } }));
}

/** The browser library types extension outputs as an interface; the API takes them as any JSON object. */
function plain<T extends { clientExtensionResults: object }>(response: T) {
  const clientExtensionResults: Record<string, unknown> = { ...response.clientExtensionResults };
  return { ...response, clientExtensionResults };
}

import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/client.ts';
import { dataOf } from '../api/problem.ts';
import type { paths } from '@hexamall/sdk';
import type { Customer } from '../api/types.ts';

type SignUpBody = NonNullable<
  paths['/api/store/auth/sign-up']['post']['requestBody']
>['content']['application/json'];

const TOKEN_KEY = 'hm.token';

/** The signed-in shopper: a bearer token kept in localStorage and the profile it belongs to. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | undefined>(globalThis.localStorage?.getItem(TOKEN_KEY) ?? undefined);
  const customer = ref<Customer | undefined>();
  const signedIn = computed(() => token.value !== undefined);

  function remember(next: { token: string; customer: Customer }) {
    token.value = next.token;
    customer.value = next.customer;
    localStorage.setItem(TOKEN_KEY, next.token);
  }

  function forget() {
    token.value = undefined;
    customer.value = undefined;
    localStorage.removeItem(TOKEN_KEY);
  }

  async function signIn(email: string, password: string) {
    remember(dataOf(await api.POST('/api/store/auth/sign-in', { body: { email, password } })));
  }

  /** Signs in with a passkey on this device (no email, no password). */
  async function signInWithPasskey() {
    // Loaded on use: the WebAuthn glue stays out of the first page load.
    const passkeys = await import('../api/passkeys.ts');
    remember(await passkeys.signInWithPasskey());
  }

  async function signUp(input: SignUpBody) {
    remember(dataOf(await api.POST('/api/store/auth/sign-up', { body: input })));
  }

  async function signOut() {
    await api.POST('/api/store/auth/sign-out').catch(() => undefined);
    forget();
  }

  /** Loads the profile; an expired token signs the shopper out quietly. */
  async function load() {
    if (!token.value || customer.value) return;
    const result = await api.GET('/api/store/me');
    if (result.response.status === 401) forget();
    else customer.value = dataOf(result);
  }

  return { token, customer, signedIn, signIn, signInWithPasskey, signUp, signOut, load, forget };
});

import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/client.ts';
import { dataOf } from '../api/problem.ts';
import type { Merchant, Staff } from '../api/types.ts';
import type { Permission } from '../auth/permissions.ts';

const TOKEN_KEY = 'hm.console.token';

/** The signed-in staff member, their role and merchant. */
export const useSessionStore = defineStore('console-session', () => {
  const token = ref<string | undefined>(globalThis.sessionStorage?.getItem(TOKEN_KEY) ?? undefined);
  const staff = ref<Staff | undefined>();
  const merchant = ref<Merchant | undefined>();
  const permissions = ref<ReadonlySet<Permission>>(new Set());
  const signedIn = computed(() => token.value !== undefined);

  async function signIn(email: string, password: string) {
    const answer = dataOf(await api.POST('/api/admin/auth/sign-in', { body: { email, password } }));
    token.value = answer.token;
    staff.value = answer.staff;
    merchant.value = answer.merchant;
    permissions.value = new Set(answer.permissions);
    sessionStorage.setItem(TOKEN_KEY, answer.token);
  }

  /** Signs in with a passkey on this device, at the merchant with this handle (default merchant if none). */
  async function signInWithPasskey(merchantHandle?: string) {
    // Loaded on use: the WebAuthn glue stays out of the first page load.
    const passkeys = await import('../api/passkeys.ts');
    const answer = await passkeys.signInWithPasskey(merchantHandle);
    token.value = answer.token;
    staff.value = answer.staff;
    merchant.value = answer.merchant;
    permissions.value = new Set(answer.permissions);
    sessionStorage.setItem(TOKEN_KEY, answer.token);
  }

  function forget() {
    token.value = undefined;
    staff.value = undefined;
    merchant.value = undefined;
    permissions.value = new Set();
    sessionStorage.removeItem(TOKEN_KEY);
  }

  async function signOut() {
    await api.POST('/api/admin/auth/sign-out').catch(() => undefined);
    forget();
  }

  /** Loads who is signed in; an expired session signs out. */
  async function load() {
    if (!token.value || staff.value) return;
    const result = await api.GET('/api/admin/me');
    if (result.response.status === 401) return forget();
    const me = dataOf(result);
    staff.value = me.staff;
    merchant.value = me.merchant;
    permissions.value = new Set(me.permissions);
  }

  return {
    token,
    staff,
    merchant,
    signedIn,
    signIn,
    signInWithPasskey,
    signOut,
    load,
    forget,
    can: (permission: Permission) => permissions.value.has(permission),
  };
});

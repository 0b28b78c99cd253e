import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { api } from '../api/client.ts';
import { dataOf } from '../api/problem.ts';
import { useSessionStore } from './session.ts';

const KEY = 'hm.favourites';
/** The account's favourites the storefront keeps in memory: the first page is what the list shows. */
const PAGE = 50;

export interface Favourite {
  id: string;
  title: string;
  imageUrl: string | null;
  priceFrom: number | null;
  currency: string;
}

function readDevice(): Favourite[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Favourite[]) : [];
  } catch {
    return [];
  }
}

function writeDevice(items: Favourite[]) {
  if (items.length === 0) globalThis.localStorage?.removeItem(KEY);
  else globalThis.localStorage?.setItem(KEY, JSON.stringify(items));
}

/**
 * A guest's favourites live on the device; a signed-in shopper's on the server. At sign-in the device's
 * favourites are merged into the account and then cleared from the device, so a shared phone does not
 * keep one shopper's list for the next; signing out empties the list.
 */
export const useFavouritesStore = defineStore('favourites', () => {
  const session = useSessionStore();
  const items = ref<Favourite[]>(readDevice());
  const ids = computed(() => new Set(items.value.map((f) => f.id)));
  const syncing = ref(false);

  async function loadAccount() {
    const page = dataOf(await api.GET('/api/store/favourites', { params: { query: { limit: PAGE } } }));
    items.value = page.items.flatMap((f) => (f.product ? [f.product] : []));
  }

  /** Merges the device's favourites into the account, then shows the account's. */
  async function sync() {
    syncing.value = true;
    try {
      const device = readDevice();
      if (device.length > 0) {
        dataOf(
          await api.POST('/api/store/favourites/merge', { body: { productIds: device.map((f) => f.id) } }),
        );
        writeDevice([]);
      }
      await loadAccount();
    } finally {
      syncing.value = false;
    }
  }

  watch(
    () => session.token,
    (token, before) => {
      if (token) void sync().catch(() => undefined);
      else if (before) items.value = [];
    },
    { immediate: true },
  );

  /** Adds or removes at once; for an account the server follows, and a refusal puts the list back. */
  function toggle(product: Favourite): boolean {
    const on = !ids.value.has(product.id);
    const before = items.value;
    items.value = on ? [product, ...before] : before.filter((f) => f.id !== product.id);
    if (!session.token) {
      writeDevice(items.value);
      return on;
    }
    const path = { params: { path: { productId: product.id } } };
    const request = on
      ? api.PUT('/api/store/favourites/{productId}', { ...path, body: {} })
      : api.DELETE('/api/store/favourites/{productId}', path);
    void request
      .then((result) => {
        // Removing one the server no longer has is what was wanted.
        if (!on && result.response.status === 404) return;
        dataOf(result);
      })
      .catch(() => {
        items.value = before;
      });
    return on;
  }

  return { items, ids, syncing, toggle, sync, has: (id: string) => ids.value.has(id) };
});

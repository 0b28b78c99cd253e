import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

const KEY = 'hm.favourites';

export interface Favourite {
  id: string;
  title: string;
  imageUrl: string | null;
  priceFrom: number | null;
  currency: string;
}

function read(): Favourite[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Favourite[]) : [];
  } catch {
    return [];
  }
}

/** Favourites live on the device (no account needed); newest first. */
export const useFavouritesStore = defineStore('favourites', () => {
  const items = ref<Favourite[]>(read());
  const ids = computed(() => new Set(items.value.map((f) => f.id)));

  function save() {
    localStorage.setItem(KEY, JSON.stringify(items.value));
  }

  function toggle(product: Favourite): boolean {
    const on = !ids.value.has(product.id);
    items.value = on ? [product, ...items.value] : items.value.filter((f) => f.id !== product.id);
    save();
    return on;
  }

  return { items, ids, toggle, has: (id: string) => ids.value.has(id) };
});

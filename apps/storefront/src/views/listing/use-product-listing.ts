import { ref } from 'vue';
import { api } from '../../api/client.ts';
import { dataOf } from '../../api/problem.ts';
import type { ProductSummary } from '../../api/types.ts';

export type ListingSort = 'newest' | 'price_asc' | 'price_desc';

export interface ListingFilters {
  category?: string;
  brand?: string;
  tag?: string;
  /** Minor units. */
  priceMin?: number;
  priceMax?: number;
  sort?: ListingSort;
}

/** Cursor-paged GET /api/store/products for van-list: call reset() when the filters change. */
export function useProductListing(filters: () => ListingFilters) {
  const items = ref<ProductSummary[]>([]);
  const loading = ref(false);
  const finished = ref(false);
  const failed = ref(false);
  let cursor: string | null = null;
  let generation = 0;

  async function loadMore() {
    const mine = generation;
    loading.value = true;
    try {
      const f = filters();
      const query = {
        limit: 10,
        ...(cursor ? { cursor } : {}),
        ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')),
      };
      const page = dataOf(await api.GET('/api/store/products', { params: { query } }));
      if (mine !== generation) return;
      items.value.push(...page.items);
      cursor = page.nextCursor;
      finished.value = page.nextCursor === null;
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function reset() {
    generation += 1;
    cursor = null;
    items.value = [];
    failed.value = false;
    finished.value = false;
    void loadMore();
  }

  return { items, loading, finished, failed, loadMore, reset };
}

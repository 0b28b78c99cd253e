import { computed, onMounted, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../../api/client.ts';
import { dataOf } from '../../api/problem.ts';
import type { AdminBrand, AdminCategory } from '../../api/types.ts';
import { localName } from '../../format/local-name.ts';

/** Categories (as "parent / child" paths) and brands, named in the console's language. */
export function useCatalogLookups() {
  const { locale } = useI18n();
  const categories = ref<AdminCategory[]>([]);
  const brands = ref<AdminBrand[]>([]);

  onMounted(async () => {
    const [c, b] = await Promise.all([
      api.GET('/api/admin/categories').then(dataOf),
      api.GET('/api/admin/brands').then(dataOf),
    ]);
    categories.value = c.items;
    brands.value = b.items;
  });

  const categoryOptions = computed(() => {
    const byId = new Map(categories.value.map((c) => [c.id, c]));
    const path = (c: AdminCategory): string => {
      const parent = c.parentId ? byId.get(c.parentId) : undefined;
      const own = localName(c.name, locale.value);
      return parent ? `${path(parent)} / ${own}` : own;
    };
    return categories.value
      .map((c) => ({ value: c.id, label: path(c) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  });
  const brandOptions = computed(() =>
    brands.value.map((b) => ({ value: b.id, label: localName(b.name, locale.value) })),
  );
  const categoryName = (id: string | null) => categoryOptions.value.find((c) => c.value === id)?.label ?? '—';
  const brandName = (id: string | null) => brandOptions.value.find((b) => b.value === id)?.label ?? '—';

  return { categoryOptions, brandOptions, categoryName, brandName };
}

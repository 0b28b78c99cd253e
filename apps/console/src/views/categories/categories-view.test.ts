// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import CategoriesView from './CategoriesView.vue';

const items = [
  { id: 'cat_shoes', parentId: null, name: { 'zh-CN': '鞋靴', en: 'Footwear' }, sortOrder: 0 },
  { id: 'cat_hiking', parentId: 'cat_shoes', name: { 'zh-CN': '徒步鞋', en: 'Hiking shoes' }, sortOrder: 0 },
];
const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn(), DELETE: vi.fn() }));
const roles = vi.hoisted(() => ({ granted: new Set<string>() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ can: (permission: string) => roles.granted.has(permission) }),
}));
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: { confirm: vi.fn() },
  showProblem: vi.fn(),
}));
const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

describe('CategoriesView', () => {
  beforeEach(() => {
    roles.granted = new Set(['catalog:read', 'catalog:write']);
    api.GET.mockReset().mockResolvedValue(answer({ items }));
    api.PUT.mockReset().mockResolvedValue(answer(items[1]));
  });

  it('shows the tree, and only a leaf can be deleted', async () => {
    const wrapper = mountInConsole(CategoriesView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=category-tree]').text()).toContain('Hiking shoes');
    expect(wrapper.find('[data-remove-category=cat_shoes]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-remove-category=cat_hiking]').attributes('disabled')).toBeUndefined();
  });

  it('renames in both languages keeping the parent, with one PUT', async () => {
    const wrapper = mountInConsole(CategoriesView, { locale: 'en', attachTo: document.body });
    await flushPromises();
    await wrapper.find('[data-edit-category=cat_hiking]').trigger('click');
    await flushPromises();
    const zh = document.querySelector<HTMLInputElement>('#hm-category-zh')!;
    zh.value = '登山鞋';
    zh.dispatchEvent(new Event('input'));
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test=save-category]')!.click();
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/categories/{id}', {
      params: { path: { id: 'cat_hiking' } },
      body: { name: { 'zh-CN': '登山鞋', en: 'Hiking shoes' }, parentId: 'cat_shoes', sortOrder: 0 },
    });
    wrapper.unmount();
  });

  it('offers no changes without catalog:write', async () => {
    roles.granted = new Set(['catalog:read']);
    const wrapper = mountInConsole(CategoriesView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=add-category]').exists()).toBe(false);
    expect(wrapper.find('[data-edit-category=cat_hiking]').exists()).toBe(false);
  });
});

// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import type { DictionaryEntryRow } from './types.ts';
import SearchDictionariesView from './SearchDictionariesView.vue';

const learned: DictionaryEntryRow = {
  kind: 'synonyms',
  key: 'learned_abc',
  source: 'learned',
  enabled: true,
  entry: { terms: ['球鞋', '运动鞋'] },
};
const own: DictionaryEntryRow = {
  kind: 'synonyms',
  key: 'tee',
  source: 'merchant',
  enabled: true,
  entry: { terms: ['T恤', 'tee'] },
};
const defaultScene: DictionaryEntryRow = {
  kind: 'scenes',
  key: 'hiking',
  source: 'default',
  enabled: true,
  entry: {
    key: 'hiking',
    label: { 'zh-CN': '徒步', en: 'hiking' },
    terms: ['徒步'],
    implies: ['anti_slip'],
    mode: 'filter',
  },
};

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn(), DELETE: vi.fn() }));
const roles = vi.hoisted(() => ({ granted: new Set<string>() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ can: (permission: string) => roles.granted.has(permission) }),
}));
vi.mock('../../ui/notify.ts', () => ({ ElMessage: { success: vi.fn() }, showProblem: vi.fn() }));

const answer = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });

describe('SearchDictionariesView', () => {
  beforeEach(() => {
    roles.granted = new Set(['catalog:read', 'catalog:write']);
    api.GET.mockReset().mockImplementation((path: string) =>
      Promise.resolve(
        answer(path.endsWith('/attributes') ? { items: [] } : { items: [learned, own, defaultScene] }),
      ),
    );
    api.PUT.mockReset().mockResolvedValue({ data: undefined, response: new Response(null, { status: 204 }) });
  });

  const mountPage = async () => {
    const wrapper = mountInConsole(SearchDictionariesView, { locale: 'en' });
    await flushPromises();
    return wrapper;
  };

  it('shows learned synonyms apart, and accepting one makes it the merchant’s own entry', async () => {
    const wrapper = await mountPage();
    expect(wrapper.find('[data-test=learned-synonyms]').text()).toContain('球鞋, 运动鞋');
    expect(wrapper.find('[data-test=entries]').text()).toContain('tee');
    expect(wrapper.find('[data-test=entries]').text()).not.toContain('球鞋');
    await wrapper.find('[data-accept=learned_abc]').trigger('click');
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/search/dictionaries/{kind}/{key}', {
      params: { path: { kind: 'synonyms', key: 'learned_abc' } },
      body: { entry: { terms: ['球鞋', '运动鞋'] } },
    });
  });

  it('rejecting a learned synonym switches it off', async () => {
    const wrapper = await mountPage();
    await wrapper.find('[data-reject=learned_abc]').trigger('click');
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/search/dictionaries/{kind}/{key}', {
      params: { path: { kind: 'synonyms', key: 'learned_abc' } },
      body: { entry: null },
    });
  });

  it('offers no edits to staff who may only read the catalog', async () => {
    roles.granted = new Set(['catalog:read']);
    const wrapper = await mountPage();
    expect(wrapper.find('[data-test=learned-synonyms]').text()).toContain('球鞋');
    expect(wrapper.find('[data-accept=learned_abc]').exists()).toBe(false);
    expect(wrapper.find('[data-test=add-entry]').exists()).toBe(false);
    expect(wrapper.find('[data-test=learn]').exists()).toBe(false);
  });
});

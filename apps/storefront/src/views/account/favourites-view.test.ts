// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../testing/mount.ts';
import FavouritesView from './FavouritesView.vue';

const calls: { method: string; path: string; body?: unknown }[] = [];
const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

vi.mock('../../api/client.ts', () => ({
  api: {
    GET: async (path: string) => {
      calls.push({ method: 'GET', path });
      if (path === '/api/store/social/settings') return answer({ defaultVisibility: 'friends' });
      return answer({ items: [], nextCursor: null });
    },
    POST: async (path: string) => answer({ added: 0, path }),
    PUT: async (path: string, init: { body: unknown }) => {
      calls.push({ method: 'PUT', path, body: init.body });
      return answer(init.body);
    },
  },
}));

vi.mock('../../ui/notify.ts', () => ({ showProblem: vi.fn(), showToast: vi.fn() }));

describe('favourites page', () => {
  beforeEach(() => {
    calls.length = 0;
    localStorage.clear();
  });

  it('shows no visibility setting to a guest', async () => {
    const view = mountInApp(FavouritesView, { locale: 'en' });
    await flushPromises();
    expect(view.find('[data-test="favourite-visibility"]').exists()).toBe(false);
    expect(calls.filter((c) => c.path === '/api/store/social/settings')).toEqual([]);
  });

  it('shows and changes who sees new favourites when signed in', async () => {
    localStorage.setItem('hm.token', 'tok');
    const view = mountInApp(FavouritesView, { locale: 'en' });
    await flushPromises();
    const setting = view.find('[data-test="favourite-visibility"]');
    expect(setting.text()).toContain('Friends (mutual follows)');
    const everyone = setting.findAll('.van-cell').find((c) => c.text().includes('Everyone'));
    await everyone!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/api/store/social/settings', body: { defaultVisibility: 'public' } },
    ]);
    expect(view.text()).toContain('Tap ☆ on a product to keep it here');
  });
});

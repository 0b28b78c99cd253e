// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Router } from 'vue-router';
import { mountInApp } from '../../testing/mount.ts';
import SearchView from './SearchView.vue';

type Part = { id: string; kind: string; label: string; implied: boolean };
const PARTS: Part[] = [
  { id: 'scene:hiking', kind: 'scene', label: 'hiking', implied: false },
  { id: 'category:shoes', kind: 'category', label: 'shoes', implied: false },
  { id: 'attr:anti_slip', kind: 'attribute', label: 'anti-slip', implied: true },
  { id: 'attr:wear_resistant', kind: 'attribute', label: 'wear-resistant', implied: true },
];

// The server's answer to a query: the parts it was asked to drop are gone from the intent and listed as dropped.
function answerFor(query: { q: string; drop?: string }) {
  const dropping = new Set((query.drop ?? '').split(',').filter((id) => id !== ''));
  const parts = PARTS.filter((p) => !dropping.has(p.id));
  return {
    queryId: 'srch_1',
    query: query.q,
    understood: parts.map((p) => p.label).join(' · '),
    intent: {
      category: 'shoes',
      scene: 'hiking',
      persona: null,
      attributes: parts.filter((p) => p.kind === 'attribute').map((p) => ({ ...p, key: p.id.slice(5) })),
      brandIds: [],
      priceMin: null,
      priceMax: null,
      sort: 'relevance',
    },
    parts,
    dropped: PARTS.filter((p) => dropping.has(p.id)),
    didYouMean: null,
    relaxed: [],
    total: 0,
    items: [],
    facets: { category: [], brand: [], price: [], attributes: [] },
  };
}

const server = vi.hoisted(() => ({ queries: [] as { q: string; drop?: string }[] }));

vi.mock('../../api/client.ts', () => ({
  api: {
    GET: async (_path: string, init: { params: { query: { q: string; drop?: string } } }) => {
      server.queries.push(init.params.query);
      return { data: answerFor(init.params.query), response: new Response(null, { status: 200 }) };
    },
    POST: async () => ({ data: undefined, response: new Response(null, { status: 204 }) }),
  },
}));

describe('SearchView intent chips', () => {
  beforeEach(() => {
    server.queries.length = 0;
  });

  async function open(url: string) {
    const wrapper = mountInApp(SearchView, { locale: 'en' });
    const router = (wrapper.vm as unknown as { $router: Router }).$router;
    await router.push(url);
    await flushPromises();
    return { wrapper, router };
  }

  it('makes an implied part removable: the next search drops it and the page offers it back', async () => {
    const { wrapper, router } = await open('/search?q=hiking%20shoes');
    const chipIds = wrapper.findAll('[data-chip]').map((c) => c.attributes('data-chip'));
    expect(chipIds).toEqual(['intent:hiking', 'intent:shoes', 'intent:anti-slip', 'intent:wear-resistant']);
    expect(wrapper.find('[data-test=implied-chips]').exists()).toBe(false);

    await wrapper.find('[data-chip="intent:anti-slip"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toMatchObject({ q: 'hiking shoes', drop: 'attr:anti_slip' });
    expect(server.queries.at(-1)).toMatchObject({ q: 'hiking shoes', drop: 'attr:anti_slip' });
    expect(wrapper.find('[data-chip="intent:anti-slip"]').exists()).toBe(false);
    const restore = wrapper.find('[data-test=dropped-parts] [data-part="attr:anti_slip"]');
    expect(restore.text()).toContain('anti-slip');

    await wrapper.find('[data-chip="intent:wear-resistant"]').trigger('click');
    await flushPromises();
    expect(server.queries.at(-1)?.drop).toBe('attr:anti_slip,attr:wear_resistant');

    await restore.trigger('click');
    await flushPromises();
    expect(server.queries.at(-1)?.drop).toBe('attr:wear_resistant');
    expect(wrapper.find('[data-chip="intent:anti-slip"]').exists()).toBe(true);
  });

  it('removes a typed part by deleting its words, without a drop', async () => {
    const { wrapper } = await open('/search?q=hiking%20shoes');
    await wrapper.find('[data-chip="intent:hiking"]').trigger('click');
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ q: 'shoes', offset: 0, limit: 10 });
  });
});

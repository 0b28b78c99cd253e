// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import { RecommendationSlot } from '../index.ts';

const answer = {
  surface: 'product',
  personalised: false,
  context: { slot: 'lunch', season: 'winter', festival: null },
  items: [
    {
      product: {
        id: 'prod_2',
        title: 'Trail Lite',
        subtitle: null,
        imageUrl: '/demo-images/trail-lite.svg',
        priceFrom: 29900,
        currency: 'CNY',
        brand: null,
        categoryId: null,
        tags: [],
      },
      score: 1.2,
      explanation: {
        code: 'similar_to',
        params: { productId: 'prod_1', title: 'Trail Pro' },
        text: '与「Trail Pro」相似',
      },
    },
  ],
};

type Init = { params?: { query?: Record<string, unknown> }; body?: { events: unknown[] } };
const server = vi.hoisted(() => ({
  items: [] as unknown[],
  gets: [] as { path: string; init: Init }[],
  posts: [] as { path: string; init: Init }[],
}));
vi.mock('../../../api/client.ts', () => ({
  api: {
    GET: async (path: string, init: Init) => {
      server.gets.push({ path, init });
      return { data: { ...answer, items: server.items }, response: new Response(null, { status: 200 }) };
    },
    POST: async (path: string, init: Init) => {
      server.posts.push({ path, init });
      return { data: { accepted: 1, ignored: 0 }, response: new Response(null, { status: 202 }) };
    },
  },
}));

describe('RecommendationSlot', () => {
  beforeEach(() => {
    server.items = answer.items;
    server.gets.length = 0;
    server.posts.length = 0;
  });

  it('asks for the surface and anchors, holds space while loading, then shows each item with its reason', async () => {
    const wrapper = mountInApp(RecommendationSlot, {
      props: { surface: 'product', title: 'Similar', productIds: ['prod_1'] },
    });
    expect(wrapper.findAll('.hm-recs__placeholder').length).toBeGreaterThan(0);
    await flushPromises();
    expect(server.gets[0]?.path).toBe('/api/store/recommendations');
    expect(server.gets[0]?.init.params?.query).toMatchObject({ surface: 'product', productId: ['prod_1'] });
    expect(String(server.gets[0]?.init.params?.query?.sessionId)).toMatch(/^v[0-9a-f]{32}$/);
    expect(wrapper.findAll('.hm-recs__placeholder')).toHaveLength(0);
    expect(wrapper.findAll('[data-test="rec-item"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="rec-why"]').text()).toBe('与「Trail Pro」相似');
    expect(wrapper.find('img').attributes('loading')).toBe('lazy');
  });

  it('reports a click on a recommendation as a click event in the next batch', async () => {
    vi.useFakeTimers();
    try {
      const wrapper = mountInApp(RecommendationSlot, { props: { surface: 'home', title: 'For you' } });
      await flushPromises();
      await wrapper.find('a').trigger('click');
      expect(server.posts).toHaveLength(0);
      await vi.runAllTimersAsync();
      expect(server.posts[0]?.path).toBe('/api/store/events');
      expect(server.posts[0]?.init.body?.events).toMatchObject([{ type: 'click', productId: 'prod_2' }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the slot out when there is nothing to recommend', async () => {
    server.items = [];
    const wrapper = mountInApp(RecommendationSlot, { props: { surface: 'home', title: 'For you' } });
    await flushPromises();
    expect(wrapper.find('section').exists()).toBe(false);
  });
});

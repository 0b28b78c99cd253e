// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFavouritesStore } from './favourites.ts';
import { useSessionStore } from './session.ts';

const calls: { method: string; path: string; body?: unknown }[] = [];
const card = (id: string) => ({ id, title: id, imageUrl: null, priceFrom: 100, currency: 'CNY' });
let serverItems: string[] = [];
let refuse = false;
const answer = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });

vi.mock('../api/client.ts', () => ({
  api: {
    GET: async (path: string) => {
      calls.push({ method: 'GET', path });
      return answer({
        items: serverItems.map((id) => ({
          productId: id,
          visibility: 'friends',
          createdAt: '',
          product: card(id),
        })),
        nextCursor: null,
      });
    },
    POST: async (path: string, init: { body: { productIds: string[] } }) => {
      calls.push({ method: 'POST', path, body: init.body });
      serverItems = [...new Set([...init.body.productIds, ...serverItems])];
      return answer({ added: init.body.productIds.length });
    },
    PUT: async (path: string) => {
      calls.push({ method: 'PUT', path });
      return refuse
        ? { error: { code: 'PRODUCT_NOT_FOUND', title: 'x' }, response: new Response(null, { status: 404 }) }
        : answer({});
    },
    DELETE: async (path: string) => {
      calls.push({ method: 'DELETE', path });
      return answer(undefined, 204);
    },
  },
}));

describe('favourites store', () => {
  beforeEach(() => {
    localStorage.clear();
    calls.length = 0;
    serverItems = [];
    refuse = false;
    setActivePinia(createPinia());
  });

  it('keeps a guest’s favourites on the device only', () => {
    const favourites = useFavouritesStore();
    expect(favourites.toggle(card('prod_a'))).toBe(true);
    expect(JSON.parse(localStorage.getItem('hm.favourites') ?? '[]')).toEqual([card('prod_a')]);
    expect(calls).toEqual([]);
  });

  it('merges the device’s favourites into the account at sign-in, then clears the device', async () => {
    localStorage.setItem('hm.favourites', JSON.stringify([card('prod_a')]));
    serverItems = ['prod_b'];
    const favourites = useFavouritesStore();
    useSessionStore().token = 'tok';
    await flushPromises();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/store/favourites/merge',
      'GET /api/store/favourites',
    ]);
    expect(calls[0]?.body).toEqual({ productIds: ['prod_a'] });
    expect(favourites.items.map((f) => f.id)).toEqual(['prod_a', 'prod_b']);
    expect(localStorage.getItem('hm.favourites')).toBeNull();
  });

  it('sends toggles to the server when signed in and puts the list back when refused', async () => {
    const session = useSessionStore();
    session.token = 'tok';
    const favourites = useFavouritesStore();
    await flushPromises();
    calls.length = 0;
    refuse = true;
    expect(favourites.toggle(card('prod_gone'))).toBe(true);
    expect(favourites.has('prod_gone')).toBe(true);
    await flushPromises();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['PUT /api/store/favourites/{productId}']);
    expect(favourites.has('prod_gone')).toBe(false);

    session.token = undefined;
    await flushPromises();
    expect(favourites.items).toEqual([]);
  });
});

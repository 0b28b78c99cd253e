// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../testing/mount.ts';
import PortraitFields from './PortraitFields.vue';

const calls: { method: string; path: string; body?: unknown }[] = [];
const state = { consent: false };
const answer = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });
const empty = { birthYear: null, gender: null, city: null, incomeBand: null };

vi.mock('../../api/client.ts', () => ({
  api: {
    GET: async (path: string) => {
      calls.push({ method: 'GET', path });
      if (path === '/api/store/cities')
        return answer({ items: [{ key: 'shanghai', name: 'Shanghai', tier: '1' }] });
      return answer({ ...empty, cityTier: null, analyticsConsent: state.consent });
    },
    PUT: async (path: string, init: { body: typeof empty }) => {
      calls.push({ method: 'PUT', path, body: init.body });
      return answer({ ...init.body, cityTier: init.body.city ? '1' : null, analyticsConsent: state.consent });
    },
  },
}));
vi.mock('../../ui/notify.ts', () => ({ showProblem: vi.fn(), showToast: vi.fn() }));

describe('profile details on the account page', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('explains the consent and will not save values without it, but can clear them', async () => {
    state.consent = false;
    const view = mountInApp(PortraitFields, { locale: 'en' });
    await flushPromises();
    expect(view.find('[data-test="portrait-consent"]').text()).toContain('“analytics” consent');
    await view.find('select[data-field="gender"]').setValue('female');
    const [save, clear] = view.findAll('button');
    expect(save!.attributes('disabled')).toBeDefined();
    await clear!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([
      { method: 'PUT', path: '/api/store/me/demographics', body: empty },
    ]);
  });

  it('saves the chosen details with the consent, offering the city table and the choices outside it', async () => {
    state.consent = true;
    const view = mountInApp(PortraitFields, { locale: 'en' });
    await flushPromises();
    expect(view.find('[data-test="portrait-consent"]').exists()).toBe(false);
    const cities = view.findAll('select[data-field="city"] option').map((o) => o.text());
    expect(cities).toEqual(['Not given', 'Shanghai', 'Another city in China', 'Outside China']);
    await view.find('select[data-field="city"]').setValue('shanghai');
    await view.find('select[data-field="incomeBand"]').setValue('5k_to_10k');
    await view.findAll('button')[0]!.trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([
      { ...empty, city: 'shanghai', incomeBand: '5k_to_10k' },
    ]);
  });
});

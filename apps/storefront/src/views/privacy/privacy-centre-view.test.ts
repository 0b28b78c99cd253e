// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { setActivePinia, createPinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../testing/mount.ts';
import PrivacyCentreView from './PrivacyCentreView.vue';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const calls: { method: string; path: string; body?: unknown }[] = [];
const consents = {
  currentNoticeVersion: '2026-12-01',
  items: [
    {
      purpose: 'personalisation',
      granted: true,
      separate: false,
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'web',
      at: '2026-12-01T00:00:00.000Z',
    },
  ],
};
const requests = [
  {
    id: 'prq_done',
    kind: 'export',
    state: 'completed',
    receivedAt: '2026-12-01T00:00:00.000Z',
    dueAt: '2026-12-31T00:00:00.000Z',
    closedAt: '2026-12-01T00:01:00.000Z',
    resolution: null,
    archiveUrl: '/api/store/privacy/requests/prq_done/archive',
  },
  {
    id: 'prq_fix',
    kind: 'rectification',
    state: 'rejected',
    receivedAt: '2026-12-01T00:00:00.000Z',
    dueAt: '2026-12-31T00:00:00.000Z',
    closedAt: '2026-12-02T00:00:00.000Z',
    resolution: 'We hold no birthday for you',
    archiveUrl: null,
  },
];
const confirm = vi.fn();

vi.mock('../../api/client.ts', () => ({
  api: {
    GET: async (path: string) => {
      calls.push({ method: 'GET', path });
      return ok(path.endsWith('/consents') ? consents : { items: requests });
    },
    POST: async (path: string, init: { body: unknown }) => {
      calls.push({ method: 'POST', path, body: init.body });
      return ok({ ...requests[0], id: 'prq_new', state: 'received', archiveUrl: null });
    },
    PUT: vi.fn(),
  },
}));
// Vant's function APIs import their CSS, which Node cannot load outside a build.
vi.mock('../../ui/notify.ts', () => ({
  showConfirmDialog: () => confirm(),
  showProblem: vi.fn(),
  showSuccessToast: vi.fn(),
  showToast: vi.fn(),
}));

describe('PrivacyCentreView', () => {
  beforeEach(() => {
    calls.length = 0;
    setActivePinia(createPinia());
  });

  it('shows the choices, the notice version and each request with its state, reason and download', async () => {
    const wrapper = mountInApp(PrivacyCentreView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.text()).toContain('Privacy notice version 2026-12-01');
    expect(wrapper.find('[data-purpose=personalisation] [role=switch]').attributes('aria-checked')).toBe(
      'true',
    );
    const done = wrapper.find('[data-request=prq_done]');
    expect(done.find('[data-test=state]').text()).toBe('Completed');
    expect(done.find('button').text()).toBe('Download');
    const fix = wrapper.find('[data-request=prq_fix]');
    expect(fix.text()).toContain('Rejected');
    expect(fix.text()).toContain('Note: We hold no birthday for you');
    expect(fix.find('button').exists()).toBe(false);
  });

  it('asks for an export, and erases only after the shopper confirms, then lets go of the session', async () => {
    localStorage.setItem('hm.token', 'tok');
    setActivePinia(createPinia());
    const wrapper = mountInApp(PrivacyCentreView, { locale: 'en' });
    await flushPromises();
    await wrapper.find('[data-test=export]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/store/privacy/requests', body: { kind: 'export' } },
    ]);

    confirm.mockRejectedValueOnce(new Error('cancelled'));
    await wrapper.find('[data-test=erase]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    confirm.mockResolvedValueOnce(undefined);
    await wrapper.find('[data-test=erase]').trigger('click');
    await flushPromises();
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({ body: { kind: 'erasure' } });
    expect(localStorage.getItem('hm.token')).toBeNull();
    wrapper.unmount();
  });
});

// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import type { Assessment } from './types.ts';
import RiskView from './RiskView.vue';

const held: Assessment = {
  id: 'rsk_01',
  orderId: 'ord_0123456789',
  paymentId: 'pay_01',
  customerId: 'cus_0123456789',
  amount: 5_800,
  currency: 'CNY',
  discount: 0,
  deviceSeen: true,
  score: 60,
  reasons: [{ code: 'shared_device', points: 60, observed: 4, limit: 3 }],
  decision: 'held',
  decidedBy: 'system',
  decidedAt: '2026-12-02T02:00:00.000Z',
  reviewNote: null,
  createdAt: '2026-12-02T02:00:00.000Z',
};
const thresholds = {
  holdScore: 60,
  rules: Object.fromEntries(
    [
      'account_velocity',
      'device_velocity',
      'address_velocity',
      'shared_device',
      'discount_reuse',
      'amount_spike',
    ].map((rule) => [rule, { limit: 5, points: 60 }]),
  ),
};

const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }));
const box = vi.hoisted(() => ({ prompt: vi.fn() }));
const roles = vi.hoisted(() => ({ granted: new Set<string>() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ can: (permission: string) => roles.granted.has(permission) }),
}));
// The real module imports Element Plus message CSS, which Node cannot load.
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn() },
  ElMessageBox: box,
  showProblem: vi.fn(),
}));

const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

describe('RiskView', () => {
  beforeEach(() => {
    roles.granted = new Set(['risk:review']);
    api.GET.mockReset().mockImplementation((path: string) =>
      Promise.resolve(answer(path.endsWith('/settings') ? thresholds : { items: [held], nextCursor: null })),
    );
    api.POST.mockReset().mockResolvedValue(answer({ assessment: { ...held, decision: 'approved' } }));
    box.prompt.mockReset().mockResolvedValue({ value: '  Called the shopper ' });
  });

  const mountPage = async () => {
    const wrapper = mountInConsole(RiskView, { locale: 'en', global: { stubs: { RouterLink: true } } });
    await flushPromises();
    return wrapper;
  };

  it('lists held payments with their score and why', async () => {
    const wrapper = await mountPage();
    const text = wrapper.find('.el-table__body').text();
    expect(text).toContain('4 accounts paid from this device within 24 hours (limit 3)');
    expect(text).toContain('¥58.00');
    expect(api.GET).toHaveBeenCalledWith('/api/admin/risk/assessments', {
      params: { query: { view: 'held', limit: 50 } },
    });
  });

  it('approves with the note the reviewer typed, then reloads the queue', async () => {
    const wrapper = await mountPage();
    await wrapper.find('[data-test=risk-approve]').trigger('click');
    await flushPromises();
    expect(api.POST).toHaveBeenCalledWith('/api/admin/risk/assessments/{id}/approve', {
      params: { path: { id: 'rsk_01' } },
      body: { note: 'Called the shopper' },
    });
    expect(api.GET).toHaveBeenCalledTimes(3);
  });

  it('offers no decisions and no threshold edits to staff without the permissions', async () => {
    roles.granted = new Set();
    const wrapper = await mountPage();
    expect(wrapper.find('[data-test=risk-approve]').exists()).toBe(false);
    expect(wrapper.find('[data-test=risk-settings-edit]').exists()).toBe(false);
    roles.granted = new Set(['risk:review', 'settings:write']);
    const owner = await mountPage();
    expect(owner.find('[data-test=risk-settings-edit]').exists()).toBe(true);
  });

  it('lets an owner edit the thresholds and saves them whole', async () => {
    roles.granted = new Set(['risk:review', 'settings:write']);
    api.PUT.mockReset().mockImplementation((_path: string, { body }: { body: unknown }) =>
      Promise.resolve(answer(body)),
    );
    const wrapper = await mountPage();
    await wrapper.find('[data-test=risk-settings-edit]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test=risk-settings-save]').trigger('click');
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/risk/settings', { body: thresholds });
    expect(wrapper.find('[data-test=risk-settings-save]').exists()).toBe(false);
  });
});

// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEVICE_ID_KEY } from '../../api/device-id.ts';
import { mountInApp } from '../../testing/mount.ts';
import OrderDetailView from './OrderDetailView.vue';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const order = {
  id: 'ord_1',
  status: 'pending_payment',
  currency: 'CNY',
  subtotal: 5000,
  shippingFee: 800,
  total: 5800,
  paymentDeadline: '2026-12-01T08:30:00.000Z',
  createdAt: '2026-12-01T08:00:00.000Z',
  cancelReason: null,
  address: {
    recipient: 'Li Lei',
    phone: '13800000000',
    province: 'Shanghai',
    city: 'Shanghai',
    district: 'Pudong',
    line1: '1 Century Ave',
  },
  items: [],
  transitions: [],
};
const payment = (status: string) => ({ id: `pay_${status}`, status, nextAction: null });
const server = vi.hoisted(() => ({
  payments: [] as unknown[],
  started: undefined as unknown,
  posts: [] as { path: string; init: { params: { header?: Record<string, string> } } }[],
}));

vi.mock('../../api/client.ts', () => ({
  newIdempotencyKey: () => 'key-1',
  api: {
    GET: async (path: string) => ok(path.endsWith('/payments') ? { items: server.payments } : order),
    POST: async (path: string, init: { params: { header?: Record<string, string> } }) => {
      server.posts.push({ path, init });
      return ok(server.started);
    },
  },
}));
// Vant's function APIs import their CSS, which Node cannot load outside a build.
vi.mock('../../ui/notify.ts', () => ({
  showConfirmDialog: vi.fn(),
  showProblem: vi.fn(),
  showSuccessToast: vi.fn(),
}));

describe('OrderDetailView', () => {
  beforeEach(() => {
    server.payments = [];
    server.posts.length = 0;
    localStorage.clear();
  });

  it('says the payment is under review when the answer holds it, and sends a stable device id', async () => {
    server.started = { payment: payment('held_for_review'), nextAction: null };
    const wrapper = mountInApp(OrderDetailView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=payment-under-review]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Pay by');

    const pay = async () => {
      await wrapper.find('[data-test=pay-order]').trigger('click');
      await wrapper.find('[data-test=confirm-pay]').trigger('click');
      await flushPromises();
    };
    await pay();
    expect(wrapper.find('[data-test=payment-under-review]').text()).toBe(
      'Your payment is under review. Please check back here later.',
    );
    await pay();
    const sent = server.posts.map((post) => post.init.params.header?.['x-device-id']);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(sent[1]).toBe(sent[0]);
    expect(localStorage.getItem(DEVICE_ID_KEY)).toBe(sent[0]);
  });

  it('shows the review message on a later visit while a payment of the order is held', async () => {
    server.payments = [payment('failed'), payment('held_for_review')];
    const wrapper = mountInApp(OrderDetailView);
    await flushPromises();
    expect(wrapper.find('[data-test=payment-under-review]').text()).toBe(
      '您的付款正在审核中，请稍后回到此页查看。',
    );
  });

  it('shows no review message for a payment that goes on to the gateway', async () => {
    server.payments = [payment('pending')];
    server.started = {
      payment: payment('pending'),
      nextAction: { type: 'qr', qrContent: 'weixin://pay', url: 'http://localhost/pay' },
    };
    const wrapper = mountInApp(OrderDetailView, { locale: 'en' });
    await flushPromises();
    await wrapper.find('[data-test=pay-order]').trigger('click');
    await wrapper.find('[data-test=confirm-pay]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test=payment-under-review]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Pay by');
  });
});

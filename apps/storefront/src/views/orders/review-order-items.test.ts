// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { expect, it, vi } from 'vitest';
import type { OrderDetail } from '../../api/types.ts';
import { mountInApp } from '../../testing/mount.ts';
import ReviewOrderItems from './ReviewOrderItems.vue';

const posted = vi.hoisted(() => [] as { path: string; body: unknown }[]);
const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
vi.mock('../../api/client.ts', () => ({
  api: {
    GET: async () => ok({ items: [] }),
    POST: async (path: string, init: { body: unknown }) => {
      posted.push({ path, body: init.body });
      return ok({ id: 'rev_1' });
    },
  },
}));
vi.mock('../../ui/notify.ts', () => ({ showProblem: vi.fn(), showSuccessToast: vi.fn() }));

const order = {
  id: 'ord_1',
  status: 'delivered',
  items: [{ id: 'oitem_1', productTitle: 'Trail shoe' }],
} as unknown as OrderDetail;

it('asks for the rating with five named radios and sends the one chosen', async () => {
  const wrapper = mountInApp(ReviewOrderItems, { props: { order }, locale: 'en' });
  await flushPromises();
  await wrapper.find('[data-test="review-oitem_1"]').trigger('click');
  await flushPromises();
  const group = wrapper.find('[role=radiogroup]');
  expect(group.attributes('aria-label')).toBe('Rating');
  const stars = group.findAll('[role=radio]');
  expect(stars.map((s) => s.attributes('aria-label'))).toEqual([
    '1 stars',
    '2 stars',
    '3 stars',
    '4 stars',
    '5 stars',
  ]);
  await stars[2]!.trigger('click');
  expect(stars.map((s) => s.attributes('aria-checked'))).toEqual([
    'false',
    'false',
    'true',
    'false',
    'false',
  ]);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  expect(posted).toEqual([
    { path: '/api/store/reviews', body: { orderId: 'ord_1', orderItemId: 'oitem_1', rating: 3 } },
  ]);
});

// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import type { StaffMember } from './staff-actions.ts';
import StaffView from './StaffView.vue';

const member = (id: string, over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  email: `${id}@shop.test`,
  displayName: id,
  role: 'operator',
  status: 'active',
  createdAt: '2026-12-01T08:00:00.000Z',
  ...over,
});
const api = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn(), PATCH: vi.fn() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ staff: { id: 'stf_me' }, can: () => true }),
}));
const box = vi.hoisted(() => ({ confirm: vi.fn() }));
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: box,
  showProblem: vi.fn(),
}));
const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

describe('StaffView', () => {
  beforeEach(() => {
    api.GET.mockReset().mockResolvedValue(
      answer({
        items: [
          member('stf_me', { role: 'owner' }),
          member('stf_op'),
          member('stf_off', { status: 'disabled' }),
          member('stf_ice', { status: 'frozen' }),
        ],
        nextCursor: null,
      }),
    );
    api.PATCH.mockReset().mockImplementation(
      (_p: string, init: { params: { path: { id: string } }; body: object }) =>
        Promise.resolve(answer(member(init.params.path.id, { status: 'disabled', ...init.body }))),
    );
    box.confirm.mockReset().mockResolvedValue('confirm');
  });

  it('offers disable, enable and role changes only where they apply', async () => {
    const wrapper = mountInConsole(StaffView, { locale: 'en', global: { stubs: { RouterLink: true } } });
    await flushPromises();
    expect(wrapper.find('[data-disable=stf_me]').exists()).toBe(false);
    expect(wrapper.find('[data-role-of=stf_me]').exists()).toBe(false);
    expect(wrapper.find('[data-disable=stf_op]').exists()).toBe(true);
    expect(wrapper.find('[data-enable=stf_off]').exists()).toBe(true);
    expect(wrapper.find('[data-role-of=stf_ice]').exists()).toBe(false);
  });

  it('disables after confirming and shows what the server answered', async () => {
    const wrapper = mountInConsole(StaffView, { locale: 'en', global: { stubs: { RouterLink: true } } });
    await flushPromises();
    await wrapper.find('[data-disable=stf_op]').trigger('click');
    await flushPromises();
    expect(api.PATCH).toHaveBeenCalledWith('/api/admin/staff/{id}', {
      params: { path: { id: 'stf_op' } },
      body: { status: 'disabled' },
    });
    expect(wrapper.find('[data-enable=stf_op]').exists()).toBe(true);
  });
});

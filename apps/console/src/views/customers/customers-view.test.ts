// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import CustomersView from './CustomersView.vue';

const api = vi.hoisted(() => ({ GET: vi.fn(), PUT: vi.fn(), DELETE: vi.fn() }));
const granted = vi.hoisted(() => ({ permissions: new Set<string>() }));
const dialog = vi.hoisted(() => ({ confirm: vi.fn() }));
vi.mock('../../api/client.ts', () => ({ api }));
vi.mock('../../stores/session.ts', () => ({
  useSessionStore: () => ({ can: (p: string) => granted.permissions.has(p) }),
}));
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn(), error: vi.fn() },
  ElMessageBox: dialog,
  showProblem: vi.fn(),
}));

const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });
const customer = (id: string, displayName: string) => ({
  id,
  displayName,
  email: `${id}@example.com`,
  phone: null,
  createdAt: '2026-11-01T08:00:00.000Z',
});

describe('CustomersView', () => {
  beforeEach(() => {
    granted.permissions = new Set(['customers:read', 'creators:manage']);
    api.GET.mockReset().mockImplementation((path: string) =>
      Promise.resolve(
        path === '/api/admin/creators'
          ? ok({
              items: [
                {
                  customerId: 'cus_2',
                  displayName: '山野小林',
                  followers: 12,
                  since: '2026-11-20T00:00:00.000Z',
                },
              ],
            })
          : ok({ items: [customer('cus_1', 'Li'), customer('cus_2', 'Kobayashi')], nextCursor: null }),
      ),
    );
    api.PUT.mockReset().mockResolvedValue(ok({}));
    api.DELETE.mockReset().mockResolvedValue(ok(undefined, 204));
    dialog.confirm.mockReset().mockResolvedValue('confirm');
  });

  it('shows who is a creator and makes another one under the public name given', async () => {
    const wrapper = mountInConsole(CustomersView, { locale: 'en', attachTo: document.body });
    await flushPromises();
    expect(wrapper.find('[data-test=creator-tag][data-customer=cus_2]').text()).toBe('山野小林');
    expect(wrapper.find('[data-test=creator-tag][data-customer=cus_1]').exists()).toBe(false);
    expect(wrapper.text()).toContain('12 followers');

    await wrapper.find('[data-test=make-creator][data-customer=cus_1]').trigger('click');
    await flushPromises();
    // The dialog is teleported to <body>.
    const name = document.querySelector<HTMLInputElement>('#hm-creator-name')!;
    name.value = '  Trail Li ';
    name.dispatchEvent(new Event('input'));
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test=save-creator]')!.click();
    await flushPromises();
    expect(api.PUT).toHaveBeenCalledWith('/api/admin/creators/{customerId}', {
      params: { path: { customerId: 'cus_1' } },
      body: { displayName: 'Trail Li' },
    });
  });

  it('refuses an empty public name without asking the server', async () => {
    const wrapper = mountInConsole(CustomersView, { locale: 'en', attachTo: document.body });
    await flushPromises();
    await wrapper.find('[data-test=make-creator][data-customer=cus_1]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-test=save-creator]')!.click();
    await flushPromises();
    expect(api.PUT).not.toHaveBeenCalled();
    // The dialog stays open for the name.
    expect(document.querySelector('#hm-creator-name')).not.toBeNull();
  });

  it('ends a creator after asking', async () => {
    const wrapper = mountInConsole(CustomersView, { locale: 'en' });
    await flushPromises();
    await wrapper.find('[data-test=end-creator][data-customer=cus_2]').trigger('click');
    await flushPromises();
    expect(dialog.confirm).toHaveBeenCalled();
    expect(api.DELETE).toHaveBeenCalledWith('/api/admin/creators/{customerId}', {
      params: { path: { customerId: 'cus_2' } },
    });
  });

  it('offers no creator actions without creators:manage', async () => {
    granted.permissions = new Set(['customers:read']);
    const wrapper = mountInConsole(CustomersView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=creator-tag][data-customer=cus_2]').exists()).toBe(true);
    expect(wrapper.find('[data-test=make-creator]').exists()).toBe(false);
    expect(wrapper.find('[data-test=end-creator]').exists()).toBe(false);
  });
});

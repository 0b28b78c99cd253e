// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInConsole } from '../../testing/mount.ts';
import ProfileView from './ProfileView.vue';

const passkeys = vi.hoisted(() => ({
  supported: true,
  listPasskeys: vi.fn(),
  addPasskey: vi.fn(),
  removePasskey: vi.fn(),
}));

vi.mock('../../api/passkeys.ts', () => ({
  passkeysSupported: () => passkeys.supported,
  isPasskeyCancelled: (error: unknown) => (error as { name?: string }).name === 'NotAllowedError',
  listPasskeys: passkeys.listPasskeys,
  addPasskey: passkeys.addPasskey,
  removePasskey: passkeys.removePasskey,
}));

// The real module imports Element Plus message CSS, which Node cannot load.
vi.mock('../../ui/notify.ts', () => ({
  ElMessage: { success: vi.fn() },
  ElMessageBox: { confirm: vi.fn() },
  showProblem: vi.fn(),
}));

const stored = {
  id: 'pkey_1',
  label: null,
  deviceType: 'singleDevice',
  backedUp: false,
  transports: ['usb'],
  createdAt: '2026-11-01T08:00:00.000Z',
  lastUsedAt: null,
};

describe('ProfileView passkeys', () => {
  beforeEach(() => {
    passkeys.supported = true;
    passkeys.listPasskeys.mockReset().mockResolvedValue([stored]);
    passkeys.addPasskey.mockReset().mockResolvedValue(stored);
  });

  it('lists my passkeys, unnamed ones as "Passkey", and adds one', async () => {
    const wrapper = mountInConsole(ProfileView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('.el-table__body').text()).toContain('Passkey');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(passkeys.addPasskey).toHaveBeenCalledWith(undefined);
    expect(passkeys.listPasskeys).toHaveBeenCalledTimes(2);
  });

  it('says so where the browser has no WebAuthn', async () => {
    passkeys.supported = false;
    const wrapper = mountInConsole(ProfileView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=add-passkey]').exists()).toBe(false);
    expect(wrapper.text()).toContain('This browser cannot use passkeys.');
  });
});

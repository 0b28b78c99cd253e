// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../testing/mount.ts';
import PasskeysView from './PasskeysView.vue';

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

// The real module imports Vant's toast CSS, which Node cannot load.
vi.mock('../../ui/notify.ts', () => ({
  showConfirmDialog: vi.fn(),
  showProblem: vi.fn(),
  showSuccessToast: vi.fn(),
}));

const stored = {
  id: 'pkey_1',
  label: 'My phone',
  deviceType: 'multiDevice',
  backedUp: true,
  transports: ['internal'],
  createdAt: '2026-11-01T08:00:00.000Z',
  lastUsedAt: null,
};

describe('PasskeysView', () => {
  beforeEach(() => {
    passkeys.supported = true;
    passkeys.listPasskeys.mockReset().mockResolvedValue([stored]);
    passkeys.addPasskey.mockReset().mockResolvedValue(stored);
  });

  it('lists my passkeys and adds one under the name I give it', async () => {
    const wrapper = mountInApp(PasskeysView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.findAll('[data-test=passkey]').map((cell) => cell.text())).toEqual([
      expect.stringContaining('My phone'),
    ]);
    await wrapper.find('[data-test=passkey-label] input').setValue('  Work laptop ');
    await wrapper.find('[data-test=add-passkey]').trigger('click');
    await flushPromises();
    expect(passkeys.addPasskey).toHaveBeenCalledWith('Work laptop');
    expect(passkeys.listPasskeys).toHaveBeenCalledTimes(2);
  });

  it('offers no add button where the browser has no WebAuthn', async () => {
    passkeys.supported = false;
    const wrapper = mountInApp(PasskeysView, { locale: 'en' });
    await flushPromises();
    expect(wrapper.find('[data-test=add-passkey]').exists()).toBe(false);
    expect(wrapper.text()).toContain('This browser cannot use passkeys.');
  });
});

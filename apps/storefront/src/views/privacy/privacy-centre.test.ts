// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../testing/mount.ts';
import ConsentList from './ConsentList.vue';
import {
  awaitingJob,
  changeFor,
  daysLeft,
  needsConfirmation,
  orderedConsents,
  reconfirmEveryday,
  signUpConsents,
} from './consent-choices.ts';
import type { Consent, Consents, PrivacyRequest } from './types.ts';

const put = vi.fn();
vi.mock('../../api/client.ts', () => ({ api: { PUT: (...args: unknown[]) => put(...args) } }));
// Vant's function APIs import their CSS, which Node cannot load outside a build.
vi.mock('../../ui/notify.ts', () => ({
  showConfirmDialog: vi.fn(),
  showProblem: vi.fn(),
  showSuccessToast: vi.fn(),
}));

const consent = (purpose: Consent['purpose'], separate = false, granted = false): Consent => ({
  purpose,
  granted,
  separate,
  noticeVersion: null,
  method: null,
  channel: null,
  at: null,
});
const consents: Consents = {
  currentNoticeVersion: '2026-12-01',
  reviewNeeded: false,
  items: [
    consent('sensitive_data', true),
    consent('personalisation'),
    consent('marketing', false, true),
    consent('cross_border', true),
  ],
};
const request = (over: Partial<PrivacyRequest>): PrivacyRequest => ({
  id: 'prq_1',
  kind: 'export',
  state: 'received',
  receivedAt: '2026-12-01T00:00:00.000Z',
  dueAt: '2026-12-31T00:00:00.000Z',
  closedAt: null,
  resolution: null,
  archiveUrl: null,
  ...over,
});

describe('privacy centre choices', () => {
  it('lists everyday purposes before separate consents', () => {
    expect(orderedConsents(consents.items).map((c) => c.purpose)).toEqual([
      'personalisation',
      'marketing',
      'sensitive_data',
      'cross_border',
    ]);
  });

  it('sends one change per toggle, naming the notice shown, and confirms only separate grants', () => {
    expect(changeFor('marketing', false, '2026-12-01', true)).toEqual({
      noticeVersion: '2026-12-01',
      method: 'settings',
      channel: 'app',
      changes: [{ purpose: 'marketing', granted: false }],
    });
    expect(needsConfirmation(consent('sensitive_data', true), true)).toBe(true);
    expect(needsConfirmation(consent('sensitive_data', true), false)).toBe(false);
    expect(needsConfirmation(consent('marketing'), true)).toBe(false);
  });

  it('records every sign-up choice, ticked or not, and never offers a separate consent there', () => {
    expect(signUpConsents('2026-12-01', new Set(['analytics']), false)).toEqual({
      noticeVersion: '2026-12-01',
      channel: 'web',
      changes: [
        { purpose: 'personalisation', granted: false },
        { purpose: 'marketing', granted: false },
        { purpose: 'analytics', granted: true },
      ],
    });
  });

  it('re-confirms only everyday grants made under an earlier notice, in one request', () => {
    const old = (c: Consent): Consent => ({ ...c, noticeVersion: '2026-06-01' });
    const stale: Consents = {
      ...consents,
      reviewNeeded: true,
      items: [
        old(consent('personalisation', false, true)),
        old(consent('sensitive_data', true, true)),
        { ...consent('marketing', false, true), noticeVersion: '2026-12-01' },
        old(consent('analytics')),
      ],
    };
    expect(reconfirmEveryday(stale, true)).toEqual({
      noticeVersion: '2026-12-01',
      method: 'banner',
      channel: 'app',
      changes: [{ purpose: 'personalisation', granted: true }],
    });
    const current = { ...consents, items: stale.items.filter((c) => c.purpose === 'marketing') };
    expect(reconfirmEveryday(current, true)).toBeUndefined();
  });

  it('counts days to the deadline and polls while a job is pending', () => {
    expect(daysLeft(request({}), new Date('2026-12-21T12:00:00Z'))).toBe(9);
    expect(daysLeft(request({}), new Date('2027-01-02T00:00:00Z'))).toBe(-2);
    expect(awaitingJob([request({})])).toBe(true);
    expect(awaitingJob([request({ kind: 'rectification' }), request({ state: 'completed' })])).toBe(false);
  });
});

describe('ConsentList', () => {
  it('asks to confirm a separate consent granted under an earlier notice, on its own row', () => {
    const stale: Consents = {
      ...consents,
      items: [
        { ...consent('cross_border', true, true), noticeVersion: '2026-06-01' },
        { ...consent('sensitive_data', true, true), noticeVersion: '2026-12-01' },
      ],
    };
    const wrapper = mountInApp(ConsentList, { props: { consents: stale }, locale: 'en' });
    expect(wrapper.findAll('[data-reconfirm]').map((b) => b.attributes('data-reconfirm'))).toEqual([
      'cross_border',
    ]);
  });

  it('shows a labelled switch per purpose and records a withdrawal at once', async () => {
    const after = { ...consents, items: consents.items.map((c) => ({ ...c, granted: false })) };
    put.mockResolvedValue({ data: after, response: new Response(null, { status: 200 }) });
    const wrapper = mountInApp(ConsentList, { props: { consents }, locale: 'en' });
    const rows = wrapper.findAll('[data-purpose]');
    expect(rows.map((r) => r.attributes('data-purpose'))).toEqual([
      'personalisation',
      'marketing',
      'sensitive_data',
      'cross_border',
    ]);
    expect(wrapper.findAll('.hm-privacy__tag').map((tag) => tag.text())).toEqual([
      'Separate consent',
      'Separate consent',
    ]);
    const marketing = wrapper.find('[data-purpose=marketing] [role=switch]');
    expect(marketing.attributes('aria-checked')).toBe('true');
    expect(marketing.attributes('aria-labelledby')).toBe('consent-marketing');

    await marketing.trigger('click');
    await flushPromises();
    expect(put).toHaveBeenCalledWith('/api/store/privacy/consents', {
      body: expect.objectContaining({
        changes: [{ purpose: 'marketing', granted: false }],
        noticeVersion: '2026-12-01',
      }),
    });
    expect(wrapper.emitted('changed')).toEqual([[after]]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';

// Timestamps in the snapshot are rendered in UTC wherever the test runs.
vi.stubEnv('TZ', 'UTC');

describe('OrderTimeline', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('lists the states newest first, in the shopper language', () => {
    const zh = mountInApp(Demo)
      .findAll('.hm-timeline__status')
      .map((s) => s.text());
    expect(zh).toEqual(['已发货', '已付款', '待付款']);
    const en = mountInApp(Demo, { locale: 'en' })
      .findAll('.hm-timeline__status')
      .map((s) => s.text());
    expect(en).toEqual(['Shipped', 'Paid', 'Awaiting payment']);
  });
});

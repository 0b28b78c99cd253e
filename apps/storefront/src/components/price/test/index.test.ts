// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { Price } from '../index.ts';

describe('Price', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('shows minor units as a price and strikes a higher list price through', () => {
    const wrapper = mountInApp(Price, { props: { amount: 45900, listPrice: 59900, currency: 'CNY' } });
    expect(wrapper.find('.hm-price__amount').text()).toBe('¥459.00');
    expect(wrapper.find('del').text()).toContain('¥599.00');
  });

  it('hides a list price that is not higher', () => {
    const wrapper = mountInApp(Price, { props: { amount: 8800, listPrice: 8800 } });
    expect(wrapper.find('del').exists()).toBe(false);
  });

  it('formats for the shopper language', () => {
    const wrapper = mountInApp(Price, { props: { amount: 1990, currency: 'USD' }, locale: 'en' });
    expect(wrapper.text()).toBe('$19.90');
  });
});

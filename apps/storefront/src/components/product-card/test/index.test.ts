// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { ProductCard } from '../index.ts';

const product = {
  id: 'prod_1',
  title: 'Trail Pro',
  imageUrl: '/demo-images/trail-pro-hiking-shoe.svg',
  priceFrom: 45900,
  currency: 'CNY',
};

describe('ProductCard', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('links to the product page and loads its image lazily', () => {
    const wrapper = mountInApp(ProductCard, { props: { product } });
    expect(wrapper.find('a').attributes('href')).toBe('/product/prod_1');
    expect(wrapper.find('img').attributes()).toMatchObject({ loading: 'lazy', alt: 'Trail Pro' });
  });

  it('shows the search highlight and tells which result was opened', async () => {
    const wrapper = mountInApp(ProductCard, {
      props: { product: { ...product, highlight: 'Trail <em>Pro</em>' }, position: 3 },
    });
    expect(wrapper.find('h3 em').text()).toBe('Pro');
    await wrapper.find('a').trigger('click');
    expect(wrapper.emitted('open')).toEqual([['prod_1', 3]]);
  });
});

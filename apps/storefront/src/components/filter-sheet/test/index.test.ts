// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { FilterSheet, type FilterGroup } from '../index.ts';

const groups: FilterGroup[] = [
  {
    key: 'brand',
    title: 'Brand',
    options: [
      { value: 'b1', label: 'Pathfinder', count: 3 },
      { value: 'b2', label: 'Storm' },
    ],
  },
  {
    key: 'attr:waterproof',
    title: 'Waterproof',
    multiple: true,
    options: [
      { value: 'true', label: 'yes' },
      { value: 'false', label: 'no' },
    ],
  },
];

describe('FilterSheet', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('edits a draft and applies it on submit; single-choice groups keep one value', async () => {
    const wrapper = mountInApp(FilterSheet, {
      props: { groups, value: { selected: {} }, show: false, showPrice: true },
    });
    await wrapper.setProps({ show: true });
    await nextTick();
    await wrapper.find('[data-filter="brand:b1"]').trigger('click');
    await wrapper.find('[data-filter="brand:b2"]').trigger('click');
    await wrapper.find('[data-filter="attr:waterproof:true"]').trigger('click');
    await wrapper.find('[data-filter="attr:waterproof:false"]').trigger('click');
    await wrapper.find('[data-test=price-max]').setValue('500');
    expect(wrapper.emitted('apply')).toBeUndefined();
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('apply')?.[0]?.[0]).toEqual({
      selected: { brand: ['b2'], 'attr:waterproof': ['true', 'false'] },
      priceMax: 500,
    });
  });
});

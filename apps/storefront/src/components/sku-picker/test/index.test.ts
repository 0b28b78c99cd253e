// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { matchSku, missingSpec, SkuPicker, specGroups, type SkuPickerSku } from '../index.ts';

const sku = (id: string, colour: string, size: string): SkuPickerSku => ({
  id,
  code: id,
  specs: { colour, size },
  salePrice: 45900,
  listPrice: 59900,
  currency: 'CNY',
  imageUrl: null,
});
const skus = [sku('a', 'black', '40'), sku('b', 'black', '41'), sku('c', 'grey', '40')];

describe('spec options', () => {
  it('lists spec values in catalogue order and marks what cannot be bought with the other choices', () => {
    const groups = specGroups(skus, { a: 2, b: 0, c: 1 }, { colour: 'black' });
    expect(groups).toEqual([
      {
        key: 'colour',
        options: [
          { value: 'black', soldOut: false },
          { value: 'grey', soldOut: false },
        ],
      },
      {
        key: 'size',
        options: [
          { value: '40', soldOut: false },
          { value: '41', soldOut: true },
        ],
      },
    ]);
  });

  it('names a SKU only when every spec is chosen', () => {
    expect(matchSku(skus, { colour: 'black' })).toBeUndefined();
    expect(matchSku(skus, { colour: 'grey', size: '40' })?.id).toBe('c');
    expect(missingSpec(skus, { colour: 'grey' })).toBe('size');
    expect(missingSpec(skus, { colour: 'grey', size: '40' })).toBeUndefined();
  });
});

describe('SkuPicker', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('chooses a value, shows its stock and ignores sold-out values', async () => {
    const wrapper = mountInApp(SkuPicker, {
      props: {
        skus,
        available: { a: 2, b: 0, c: 1 },
        title: 'Trail Pro',
        chosen: { colour: 'black' },
        'onUpdate:chosen': (value: Record<string, string>) => wrapper.setProps({ chosen: value }),
      },
    });
    const size = (value: string) =>
      wrapper.find(`button[data-spec=size]:nth-of-type(${value === '40' ? 1 : 2})`);
    await size('41').trigger('click');
    expect(wrapper.props('chosen')).toEqual({ colour: 'black' });
    await size('40').trigger('click');
    expect(wrapper.props('chosen')).toEqual({ colour: 'black', size: '40' });
    expect(wrapper.find('[data-test=sku-stock]').text()).toBe('库存 2 件');
    expect(size('40').attributes('aria-pressed')).toBe('true');
  });
});

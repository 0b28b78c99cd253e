// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { QuantityStepper } from '../index.ts';

describe('QuantityStepper', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('names its controls and stays within bounds', async () => {
    const wrapper = mountInApp(QuantityStepper, {
      props: {
        modelValue: 2,
        max: 3,
        label: 'Quantity',
        'onUpdate:modelValue': (value: number) => wrapper.setProps({ modelValue: value }),
      },
      locale: 'en',
    });
    expect(wrapper.find('[data-test=stepper-plus]').attributes('aria-label')).toBe('More');
    expect(wrapper.find('input').attributes('aria-label')).toBe('Quantity');
    await wrapper.find('[data-test=stepper-plus]').trigger('click');
    expect(wrapper.props('modelValue')).toBe(3);
    expect(wrapper.find('[data-test=stepper-plus]').attributes('disabled')).toBeDefined();
    await wrapper.find('input').setValue('99');
    expect(wrapper.props('modelValue')).toBe(3);
    await wrapper.find('input').setValue('1');
    expect(wrapper.props('modelValue')).toBe(1);
    expect(wrapper.emitted('change')).toEqual([[3], [1]]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountInConsole } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { EChart } from '../index.ts';

describe('EChart', () => {
  it('renders the demo as an SVG chart with an accessible name', async () => {
    const wrapper = mountInConsole(Demo, { attachTo: document.body });
    await nextTick();
    const root = wrapper.find('[data-test=chart]');
    expect(root.attributes()).toMatchObject({ role: 'img', 'aria-label': 'GMV by day' });
    expect(root.find('svg').exists()).toBe(true);
    wrapper.unmount();
  });

  it('draws new data when the option changes', async () => {
    const option = (data: number[]) => ({
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data }],
    });
    const wrapper = mountInConsole(EChart, {
      props: { option: option([1, 2]) as never, label: 'orders' },
      attachTo: document.body,
    });
    await nextTick();
    const before = wrapper.find('svg').html();
    await wrapper.setProps({ option: option([5, 9]) as never });
    await nextTick();
    expect(wrapper.find('svg').html()).not.toBe(before);
    wrapper.unmount();
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { IntentChips } from '../index.ts';

describe('IntentChips', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('names each remove button and tells which chip to remove', async () => {
    const wrapper = mountInApp(IntentChips, {
      props: { chips: [{ id: 'attr:waterproof:true', label: '防水' }] },
    });
    const button = wrapper.find('button');
    expect(button.attributes('aria-label')).toBe('移除 防水');
    await button.trigger('click');
    expect(wrapper.emitted('remove')).toEqual([['attr:waterproof:true']]);
  });

  it('renders nothing without chips', () => {
    expect(
      mountInApp(IntentChips, { props: { chips: [] } })
        .find('[data-test=intent-chips]')
        .exists(),
    ).toBe(false);
  });
});

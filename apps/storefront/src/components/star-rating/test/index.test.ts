// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { StarRating } from '../index.ts';

describe('StarRating', () => {
  it('renders the demo', () => {
    expect(mountInApp(Demo).html()).toMatchSnapshot();
  });

  it('is one named image, with nothing focusable inside, filled to the score', () => {
    const wrapper = mountInApp(StarRating, { props: { value: 4.5, label: '4.5 out of 5' } });
    const root = wrapper.find('[role=img]');
    expect(root.attributes('aria-label')).toBe('4.5 out of 5');
    expect(wrapper.findAll('[tabindex], button, input, [role=radio]')).toHaveLength(0);
    expect(wrapper.find('.hm-star-rating__fill').attributes('style')).toContain('width: 90%');
  });

  it('keeps the fill between no stars and five', () => {
    const fill = (value: number) =>
      mountInApp(StarRating, { props: { value, label: 'x' } })
        .find('.hm-star-rating__fill')
        .attributes('style');
    expect(fill(7)).toContain('width: 100%');
    expect(fill(-1)).toContain('width: 0%');
  });
});

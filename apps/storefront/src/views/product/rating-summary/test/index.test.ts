// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInApp } from '../../../../testing/mount.ts';
import { RatingSummary } from '../index.ts';

describe('RatingSummary', () => {
  it('shows the average to one decimal, the count, and each rating as a share of the reviews', () => {
    const wrapper = mountInApp(RatingSummary, {
      props: { summary: { count: 8, average: 4.25, distribution: { 1: 1, 2: 0, 3: 1, 4: 2, 5: 4 } } },
    });
    expect(wrapper.find('.hm-rating-summary__average').text()).toBe('4.3');
    expect(wrapper.find('.hm-rating-summary__count').text()).toBe('8 条评价');
    const bars = wrapper.findAll('li');
    expect(bars.map((li) => li.attributes('data-stars'))).toEqual(['5', '4', '3', '2', '1']);
    expect(bars.map((li) => li.find('.hm-rating-summary__fill').attributes('style'))).toEqual([
      'width: 50%;',
      'width: 25%;',
      'width: 13%;',
      'width: 0%;',
      'width: 13%;',
    ]);
    expect(bars[0]!.find('.hm-rating-summary__n').text()).toBe('4');
  });

  it('shows a dash and empty bars with no reviews, in the shopper language', () => {
    const wrapper = mountInApp(RatingSummary, {
      props: { summary: { count: 0, average: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } } },
      locale: 'en',
    });
    expect(wrapper.find('.hm-rating-summary__average').text()).toBe('—');
    expect(wrapper.find('.hm-rating-summary__count').text()).toBe('0 reviews');
    expect(
      wrapper.findAll('.hm-rating-summary__fill').every((f) => f.attributes('style') === 'width: 0%;'),
    ).toBe(true);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountInConsole } from '../../../testing/mount.ts';
import Demo from '../demo/index.vue';
import { OrderStatus } from '../index.ts';

describe('OrderStatus', () => {
  it('renders the demo', () => {
    expect(mountInConsole(Demo).html()).toMatchSnapshot();
  });

  it('names the status in the staff member language, with a colour per stage', () => {
    const paid = mountInConsole(OrderStatus, { props: { status: 'paid' } });
    expect(paid.text()).toBe('待发货');
    expect(paid.classes()).toContain('el-tag--danger');
    const en = mountInConsole(OrderStatus, { props: { status: 'completed' }, locale: 'en' });
    expect(en.text()).toBe('Completed');
    expect(en.classes()).toContain('el-tag--success');
  });
});

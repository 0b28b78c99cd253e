import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia } from 'pinia';
import Vant from 'vant';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n, type AppLocale } from '../i18n/index.ts';

/**
 * Mounts a component as the app would run it: Vant registered globally (the build imports each component
 * on demand instead), Pinia, vue-i18n and a router over memory history.
 */
export function mountInApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale } = {},
) {
  const { locale = 'zh-CN', global, ...rest } = options;
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { render: () => null } }],
  });
  return mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [Vant, createPinia(), createAppI18n(locale), router, ...(global?.plugins ?? [])],
    },
  } as ComponentMountingOptions<C>);
}

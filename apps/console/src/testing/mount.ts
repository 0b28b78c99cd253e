import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { createPinia } from 'pinia';
import type { Component } from 'vue';
import { createConsoleI18n, type ConsoleLocale } from '../i18n/index.ts';

/** Mounts a component with Element Plus registered globally (the build imports it per component), Pinia and i18n. */
export function mountInConsole<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: ConsoleLocale } = {},
) {
  const { locale = 'zh-CN', global, ...rest } = options;
  return mount(component, {
    ...rest,
    global: {
      ...global,
      plugins: [ElementPlus, createPinia(), createConsoleI18n(locale), ...(global?.plugins ?? [])],
    },
  } as ComponentMountingOptions<C>);
}

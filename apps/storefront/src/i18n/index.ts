import { createI18n } from 'vue-i18n';
import { Locale as VantLocale } from 'vant';
import vantEnUS from 'vant/es/locale/lang/en-US';
import vantZhCN from 'vant/es/locale/lang/zh-CN';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];

const STORAGE_KEY = 'hm.locale';

export function initialLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function createAppI18n(locale: AppLocale = initialLocale()) {
  return createI18n<[Messages], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Switches the UI, Vant's own texts and the language the API answers in. */
export function applyLocale(current: { value: string }, locale: AppLocale): void {
  current.value = locale;
  VantLocale.use(locale === 'en' ? 'en-US' : 'zh-CN', locale === 'en' ? vantEnUS : vantZhCN);
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

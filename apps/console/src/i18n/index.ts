import { createI18n } from 'vue-i18n';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export type ConsoleLocale = 'zh-CN' | 'en';
const STORAGE_KEY = 'hm.console.locale';

export function initialLocale(): ConsoleLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function createConsoleI18n(locale: ConsoleLocale = initialLocale()) {
  return createI18n<[Messages], ConsoleLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export function rememberLocale(locale: ConsoleLocale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

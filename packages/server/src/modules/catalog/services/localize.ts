import type { Locale } from '../../../platform/index.ts';
import type { LocalizedName } from '../contracts/common.ts';

/** The reader's locale when present, else the other one: a product written only in Chinese still shows. */
export function pickLocale<T>(byLocale: Partial<Record<Locale, T>>, locale: Locale): T | undefined {
  return byLocale[locale] ?? byLocale[locale === 'en' ? 'zh-CN' : 'en'];
}

export function nameFromColumns(row: { nameZh: string | null; nameEn: string | null }): LocalizedName {
  return {
    ...(row.nameZh !== null ? { 'zh-CN': row.nameZh } : {}),
    ...(row.nameEn !== null ? { en: row.nameEn } : {}),
  };
}

export function nameColumns(name: LocalizedName): { nameZh: string | null; nameEn: string | null } {
  return { nameZh: name['zh-CN'] ?? null, nameEn: name.en ?? null };
}

export function localizedName(row: { nameZh: string | null; nameEn: string | null }, locale: Locale): string {
  return pickLocale(nameFromColumns(row), locale) ?? '';
}

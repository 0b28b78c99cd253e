/** A `{ 'zh-CN', en }` name in the reader's language, else the other one. */
export function localName(name: { 'zh-CN'?: string; en?: string }, locale: string): string {
  return (locale === 'en' ? (name.en ?? name['zh-CN']) : (name['zh-CN'] ?? name.en)) ?? '';
}

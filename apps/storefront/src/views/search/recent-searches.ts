const KEY = 'hm.recentSearches';
const MAX = 10;

export function recentSearches(): string[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberSearch(q: string): string[] {
  const next = [q, ...recentSearches().filter((r) => r !== q)].slice(0, MAX);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function forgetSearches(): void {
  localStorage.removeItem(KEY);
}

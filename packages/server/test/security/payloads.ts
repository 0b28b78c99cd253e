import { readdirSync, readFileSync } from 'node:fs';

const SECURITY_DIR = new URL('../../../../../shared/datasets/security/', import.meta.url);

/**
 * The attack payload lists of ../shared/datasets/security (big-list-of-naughty-strings and
 * PayloadsAllTheThings). Outside host names and sleep durations are replaced first, as the datasets
 * README asks, although nothing here leaves the process (requests go through app.inject).
 */
export function loadPayloads(): string[] {
  const blns = JSON.parse(readFileSync(new URL('blns/blns.json', SECURITY_DIR), 'utf8')) as string[];
  const dir = new URL('payloadsallthethings/', SECURITY_DIR);
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));
  const all = [...blns, ...lists].map(defuse).filter((p) => p.trim().length > 0);
  return [...new Set(all)];
}

function defuse(payload: string): string {
  return payload
    .replace(/\b(sleep|pg_sleep|benchmark|waitfor delay)\s*\(\s*['"]?\d+/gi, (m) => m.replace(/\d+$/, '0'))
    .replace(/\b(?!127\.0\.0\.1\b)(?:[a-z0-9-]+\.)+(?:com|net|org|io|ru|cn|xyz|info)\b/gi, '127.0.0.1');
}

/** Deterministic spread over the list, for routes where every request costs a database round trip. */
export function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

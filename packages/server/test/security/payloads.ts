import { readdirSync, readFileSync } from 'node:fs';

const SECURITY_DIR = new URL('../../../../../shared/datasets/security/', import.meta.url);

/** Where each payload came from, for failure messages. */
export interface PayloadSource {
  file: string;
  line: number;
}

/**
 * Every attack payload of ../shared/datasets/security: big-list-of-naughty-strings (blns.json, and the
 * lines of blns.txt, which keeps some strings escaped where the JSON has them decoded) and every
 * PayloadsAllTheThings list (.txt and .fuzz); not the wycheproof crypto vectors. Each is normalised (line
 * ending dropped, sleeps made instant, outside hosts made loopback, as the datasets README asks), then
 * payloads byte-identical after normalisation are sent once. Nothing leaves the process anyway: every
 * request goes through app.inject.
 */
export function loadPayloads(): string[] {
  return [...loadPayloadSources().keys()];
}

/** The payloads (as loadPayloads) with the first file and line each came from. */
export function loadPayloadSources(): Map<string, PayloadSource> {
  const found = new Map<string, PayloadSource>();
  const add = (raw: string, source: PayloadSource) => {
    const payload = defuse(raw.replace(/\r$/, ''));
    if (payload.length > 0 && !found.has(payload)) found.set(payload, source);
  };
  const blns = JSON.parse(readFileSync(new URL('blns/blns.json', SECURITY_DIR), 'utf8')) as string[];
  blns.forEach((p, i) => add(p, { file: 'blns/blns.json', line: i + 1 }));
  linesOf('blns/blns.txt').forEach((p, i) => {
    if (!p.startsWith('#')) add(p, { file: 'blns/blns.txt', line: i + 1 });
  });
  const lists = readdirSync(new URL('payloadsallthethings/', SECURITY_DIR))
    .filter((f) => f !== 'LICENSE')
    .sort();
  for (const name of lists) {
    const file = `payloadsallthethings/${name}`;
    linesOf(file).forEach((p, i) => add(p, { file, line: i + 1 }));
  }
  return found;
}

function linesOf(file: string): string[] {
  return readFileSync(new URL(file, SECURITY_DIR), 'utf8').split('\n');
}

const LOOPBACK = '127.0.0.1';
// Named hosts under the top-level domains the lists use, dotted IPv4 literals (but loopback's), and the
// hex / octal / integer spellings of an address that the open-redirect list puts after "//", "@" or "http:".
const NAMED_HOST = /\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|ru|cn|xyz|info|tld|uk|de|jp|fr|us|edu|gov)\b/gi;
const DOTTED_IPV4 = /\b(?!127\.)\d{1,3}(?:\.\d{1,3}){3}\b/g;
const ENCODED_IPV4 = /(\/\/|@|http:)(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}(?=[/?#:\]\s'"<>]|$)/gi;
const MAPPED_IPV6 = /\[::(?:ffff:)?[^\]]*\]/gi;

/** Sleeps of zero length, and loopback wherever a payload names an outside host. */
export function defuse(payload: string): string {
  return payload
    .replace(/\b(sleep|pg_sleep|benchmark)\s*\(\s*['"]?\d+/gi, (m) => m.replace(/\d+$/, '0'))
    .replace(/\b(waitfor\s+delay\s+')[0-9:]+'/gi, "$10:0:0'")
    .replace(/\b(sleep|timeout)(\s+|\$\{IFS\}|%20|\+)\d+/gi, '$1$20')
    .replace(/\bping(\s+-[a-z]\s+)\d+/gi, 'ping$10')
    .replace(NAMED_HOST, LOOPBACK)
    .replace(MAPPED_IPV6, `[::ffff:${LOOPBACK}]`)
    .replace(DOTTED_IPV4, LOOPBACK)
    .replace(ENCODED_IPV4, (m, lead: string) =>
      /^\d+$/.test(m.slice(lead.length)) && m.length - lead.length < 5 ? m : lead + LOOPBACK,
    );
}

/** Deterministic spread over the list, for routes where every request costs a database round trip. */
export function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

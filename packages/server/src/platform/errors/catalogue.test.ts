import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from './catalogue.ts';

const docs = readFileSync(new URL('../../../../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Set([...docs.matchAll(/^### ([A-Z0-9_]+)\s*$/gm)].map((m) => m[1]));

describe('error catalogue', () => {
  it.each(Object.keys(ERROR_CATALOGUE))('documents %s in docs/errors.md', (code) => {
    expect(documented.has(code)).toBe(true);
  });

  it('documents no code that does not exist', () => {
    const stale = [...documented].filter((code) => code && !Object.hasOwn(ERROR_CATALOGUE, code));
    expect(stale).toEqual([]);
  });

  it('gives every code a client or server error status', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.title.length, code).toBeGreaterThan(3);
    }
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { testConfig } from '../config.ts';
import { runKeys } from './keys.ts';

afterEach(() => vi.restoreAllMocks());

it('hexamall keys rotate makes a new active key and disables the old; keys list shows both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hexamall-keys-'));
  const config = testConfig({ dataDir: join(dir, 'data'), keyringFile: join(dir, 'keyring.json') });
  const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

  expect(await runKeys(config, ['list'])).toBe(0);
  const [first] = out.mock.calls.map(([line]) => String(line).split('\t'));
  expect(first?.[1]).toBe('active');
  out.mockClear();

  expect(await runKeys(config, ['rotate'])).toBe(0);
  expect(String(out.mock.calls[0]?.[0])).toMatch(
    /^rotated: active key kek_\w+, 0 data keys re-wrapped, disabled kek_/,
  );
  out.mockClear();

  expect(await runKeys(config, ['list'])).toBe(0);
  const keys = out.mock.calls.map(([line]) => String(line).split('\t').slice(0, 2));
  expect(keys).toEqual([
    [first![0], 'disabled'],
    [expect.stringMatching(/^kek_/), 'active'],
  ]);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(await runKeys(config, ['frobnicate'])).toBe(1);
});

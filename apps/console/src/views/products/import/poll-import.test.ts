import { describe, expect, it, vi } from 'vitest';
import type { ProductImport } from './import-api.ts';
import { pollImport } from './poll-import.ts';

const at = (processed: number, status: ProductImport['status'] = 'running'): ProductImport => ({
  id: 'imp_1',
  format: 'jsonl',
  status,
  total: 50,
  processed,
  imported: processed,
  rejected: 0,
  errors: [],
  createdAt: '2026-12-04T10:00:00.000Z',
  finishedAt: null,
});

describe('pollImport', () => {
  it('stops when the import failed, too', async () => {
    const answers = [at(25), at(25, 'failed'), at(25, 'failed')];
    const fetch = vi.fn(() => Promise.resolve(answers.shift()!));
    const last = await pollImport('imp_1', {
      fetch,
      onUpdate: () => undefined,
      wait: () => Promise.resolve(),
    });
    expect(last?.status).toBe('failed');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reports each answer and stops when the import is done', async () => {
    const answers = [at(0, 'queued'), at(25), at(50, 'done'), at(50, 'done')];
    const fetch = vi.fn(() => Promise.resolve(answers.shift()!));
    const seen: number[] = [];
    const wait = vi.fn(() => Promise.resolve());
    const last = await pollImport('imp_1', {
      fetch,
      onUpdate: (j) => seen.push(j.processed),
      wait,
      intervalMs: 700,
    });
    expect(seen).toEqual([0, 25, 50]);
    expect(last?.status).toBe('done');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(wait).toHaveBeenCalledTimes(2);
    expect(wait).toHaveBeenCalledWith(700);
  });

  it('rides out a few failed polls but gives up after too many in a row', async () => {
    const flaky = [new Error('down'), at(10), new Error('down'), at(50, 'done')];
    const fetch = vi.fn(() => {
      const next = flaky.shift()!;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    });
    const done = await pollImport('imp_1', {
      fetch,
      onUpdate: () => undefined,
      wait: () => Promise.resolve(),
      maxFailures: 2,
    });
    expect(done?.processed).toBe(50);

    const broken = vi.fn(() => Promise.reject(new Error('gone')));
    await expect(
      pollImport('imp_1', {
        fetch: broken,
        onUpdate: () => undefined,
        wait: () => Promise.resolve(),
        maxFailures: 3,
      }),
    ).rejects.toThrow('gone');
    expect(broken).toHaveBeenCalledTimes(3);
  });

  it('stops when cancelled, e.g. when the page is left', async () => {
    let polls = 0;
    const fetch = vi.fn(() => Promise.resolve(at((polls += 1))));
    const last = await pollImport('imp_1', {
      fetch,
      onUpdate: () => undefined,
      wait: () => Promise.resolve(),
      cancelled: () => polls >= 2,
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(last?.processed).toBe(2);
  });
});

import type { ProductImport } from './import-api.ts';

export interface PollOptions {
  fetch: (id: string) => Promise<ProductImport>;
  onUpdate: (job: ProductImport) => void;
  /** Waits between polls; tests pass one that resolves at once. */
  wait: (ms: number) => Promise<void>;
  intervalMs?: number;
  /** Polling stops (without an error) once this says so, e.g. when the page is left. */
  cancelled?: () => boolean;
  /** Consecutive failed polls tolerated before giving up (a server restart, a dropped connection). */
  maxFailures?: number;
}

/** Polls an import until it is done, reporting each answer; resolves with the last one. */
export async function pollImport(id: string, options: PollOptions): Promise<ProductImport | undefined> {
  const { intervalMs = 1000, maxFailures = 5 } = options;
  let failures = 0;
  let last: ProductImport | undefined;
  while (!options.cancelled?.()) {
    try {
      last = await options.fetch(id);
      failures = 0;
      options.onUpdate(last);
      if (last.status === 'done') return last;
    } catch (error) {
      failures += 1;
      if (failures >= maxFailures) throw error;
    }
    await options.wait(intervalMs);
  }
  return last;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

/** An import that will not change any more: finished, or given up by its job. */
export const importSettled = (job: Pick<ProductImport, 'status'>) =>
  job.status === 'done' || job.status === 'failed';

/** Polls an import until it is settled, reporting each answer; resolves with the last one. */
export async function pollImport(id: string, options: PollOptions): Promise<ProductImport | undefined> {
  const { intervalMs = 1000, maxFailures = 5 } = options;
  let failures = 0;
  let last: ProductImport | undefined;
  while (!options.cancelled?.()) {
    try {
      last = await options.fetch(id);
      failures = 0;
      options.onUpdate(last);
      if (importSettled(last)) return last;
    } catch (error) {
      failures += 1;
      if (failures >= maxFailures) throw error;
    }
    await options.wait(intervalMs);
  }
  return last;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

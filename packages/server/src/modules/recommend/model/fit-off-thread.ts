import { Worker } from 'node:worker_threads';
import { fitNextItems } from './fit-next-items.ts';
import type { Neighbour } from './neighbours.ts';

/**
 * From this many multi-item sessions the fit goes to a worker thread. The server answers requests on one
 * thread, and a fit is seconds of CPU for a few thousand sessions and minutes for a large shop: inline, every
 * request would wait for it. Below this it is quicker than starting a thread (~200 ms).
 */
export const OFF_THREAD_MIN_SESSIONS = 500;

/** fitNextItems, in a worker thread when the data is large enough to be worth one. */
export async function fitNextItemsOffThread(
  sessions: number[][],
  itemCount: number,
  options: { minSessions?: number } = {},
): Promise<Neighbour[][] | undefined> {
  if (sessions.length < (options.minSessions ?? OFF_THREAD_MIN_SESSIONS))
    return fitNextItems(sessions, itemCount);
  const worker = new Worker(new URL('./fit-worker.mjs', import.meta.url));
  try {
    const lists = await new Promise<Neighbour[][] | null>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the fit worker stopped with code ${code}`)));
      worker.postMessage({ sessions, itemCount });
    });
    return lists ?? undefined;
  } finally {
    await worker.terminate();
  }
}

import { parentPort } from 'node:worker_threads';
import { fitNextItems } from './fit-next-items.ts';

// One fit per worker: the parent sends the sessions, gets the lists back and ends the thread.
parentPort?.once('message', (input: { sessions: number[][]; itemCount: number }) => {
  parentPort?.postMessage(fitNextItems(input.sessions, input.itemCount) ?? null);
});

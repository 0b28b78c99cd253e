import { describe, expect, it } from 'vitest';
import { seededRandom } from '../engine/seeded-random.ts';
import { fitNextItems } from './fit-next-items.ts';
import { fitNextItemsOffThread } from './fit-off-thread.ts';

function sessions(count: number): number[][] {
  const random = seededRandom(7);
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * 30);
    return Array.from({ length: 2 + Math.floor(random() * 4) }, (_, i) => (start + i * 3) % 40);
  });
}

describe('fitting the session model off the request thread', () => {
  it('gives the same lists in a worker thread as inline', async () => {
    const data = sessions(120);
    const inline = fitNextItems(data, 40);
    const offThread = await fitNextItemsOffThread(data, 40, { minSessions: 0 });
    expect(inline).toBeDefined();
    expect(offThread).toEqual(inline);
  });

  it('keeps the event loop free while a worker fits', async () => {
    const data = sessions(400);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    await fitNextItemsOffThread(data, 40, { minSessions: 0 });
    clearInterval(timer);
    // An inline fit of this size blocks the loop throughout; a worker lets the timer keep firing.
    expect(ticks).toBeGreaterThan(3);
  });

  it('answers too little data the same way in either place', async () => {
    expect(await fitNextItemsOffThread(sessions(5), 40, { minSessions: 0 })).toBeUndefined();
    expect(await fitNextItemsOffThread(sessions(5), 40)).toBeUndefined();
  });
});

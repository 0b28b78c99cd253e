import { ItemScores } from './item-scores.ts';
import type { Session, SessionRecommender } from './types.ts';

/** How often each item occurs across the sessions (every occurrence counts, repeats included). */
export function itemFrequencies(sessions: readonly Session[], itemCount: number): Float64Array {
  const counts = new Float64Array(itemCount);
  for (const session of sessions) for (const item of session) counts[item]!++;
  return counts;
}

/** Items ordered most frequent first, ties by lower index: the order every generator falls back on. */
export function popularityOrder(frequencies: Float64Array): Int32Array {
  const order = Int32Array.from(frequencies.keys());
  return order.sort((a, b) => frequencies[b]! - frequencies[a]! || a - b);
}

/** Tops a generator's own ranking up to k items from the fallback order, skipping items already listed. */
export function fillFromFallback(ranked: number[], k: number, fallbackOrder: Int32Array): number[] {
  if (ranked.length >= k) return ranked.slice(0, k);
  const listed = new Set(ranked);
  for (let i = 0; i < fallbackOrder.length && ranked.length < k; i++) {
    const item = fallbackOrder[i]!;
    if (!listed.has(item)) ranked.push(item);
  }
  return ranked;
}

/** The baseline every paper reports: the same most-frequent items for everyone. */
export class PopularityRecommender implements SessionRecommender {
  readonly name = 'popularity';
  private frequencies: Float64Array = new Float64Array(0);
  private order: Int32Array = new Int32Array(0);
  private scores = new ItemScores(0);

  fit(sessions: readonly Session[], itemCount: number): void {
    this.frequencies = itemFrequencies(sessions, itemCount);
    this.order = popularityOrder(this.frequencies);
    this.scores = new ItemScores(itemCount);
  }

  /** Frequencies of every item; dense, so blends can use popularity as a feature of any candidate. */
  frequencyOf(item: number): number {
    return this.frequencies[item] ?? 0;
  }

  scoreItems(_prefix: Session): ItemScores {
    // Popularity has evidence for every item, but listing all of them would make every query cost the
    // catalogue; the head of the order is all a top-k ever needs.
    this.scores.clear();
    const head = Math.min(this.order.length, 1000);
    for (let i = 0; i < head; i++) this.scores.add(this.order[i]!, this.frequencies[this.order[i]!]!);
    return this.scores;
  }

  recommend(_prefix: Session, k: number): number[] {
    return Array.from(this.order.subarray(0, k));
  }
}

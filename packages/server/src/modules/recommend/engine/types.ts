import type { ItemScores } from './item-scores.ts';

/** Item indexes (0 <= item < itemCount) in the order the shopper saw them. */
export type Session = readonly number[];

/**
 * A next-item recommender over sessions. Items are dense indexes; mapping catalogue ids to indexes is the
 * caller's job so that every generator shares one vocabulary and blends can line scores up.
 */
export interface SessionRecommender {
  readonly name: string;
  fit(sessions: readonly Session[], itemCount: number): void;
  /**
   * Scores for the items this generator has evidence for, higher is better. The returned object is owned by
   * the recommender and reused by its next call: read it before scoring again.
   */
  scoreItems(prefix: Session): ItemScores;
  /**
   * Scores only `items`, for a generator whose full scoring costs the whole catalogue per query: a blend then
   * asks it to describe the other generators' candidates instead of proposing its own. Same ownership rule as
   * `scoreItems`.
   */
  scoreGiven?(prefix: Session, items: readonly number[]): ItemScores;
  /** The k best next items, best first. */
  recommend(prefix: Session, k: number): number[];
}

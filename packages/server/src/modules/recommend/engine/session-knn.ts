import { ItemScores } from './item-scores.ts';
import { fillFromFallback, itemFrequencies, popularityOrder } from './popularity.ts';
import type { Session, SessionRecommender } from './types.ts';

export interface SessionKnnOptions {
  /** Neighbour sessions whose items are voted in. */
  neighbours: number;
  /** Most recent training sessions consulted per prefix item: popular items would otherwise touch thousands. */
  sampleSize: number;
  /** A prefix item d steps from the end weighs exp(-d / prefixDecay) in the similarity (STAN's lambda 1). */
  prefixDecay: number;
  /** A neighbour's item d steps from the shared item weighs exp(-d / positionDecay) (STAN's lambda 3). */
  positionDecay: number;
  /** Extra factor for neighbour items that came before the shared item: what followed matters more. */
  pastWeight: number;
  /** Similarity is divided by (neighbour length)^lengthNormalization: 0.5 is cosine-like. */
  lengthNormalization: number;
  /** Shared items count log(sessions / sessions with the item)^idfWeighting: a shared rarity says more (VSTAN). */
  idfWeighting: number;
}

export const defaultSessionKnnOptions: SessionKnnOptions = {
  neighbours: 100,
  sampleSize: 1000,
  prefixDecay: 2,
  positionDecay: 5,
  pastWeight: 1,
  lengthNormalization: 0.5,
  idfWeighting: 2,
};

/**
 * Session-based k-nearest neighbours in the V-SKNN / STAN family: sessions that share the shopper's recent
 * items vote for their own items, weighted by how recent the shared items are in the prefix and by how close
 * the voted item sits to the shared one in the neighbour. Training order stands in for time (the most recent
 * sessions are sampled first), since the session formats carry no timestamps.
 */
export class SessionKnnRecommender implements SessionRecommender {
  readonly name = 'session-knn';
  private readonly options: SessionKnnOptions;
  private sessionOffsets: Int32Array = new Int32Array(1);
  private sessionItems: Int32Array = new Int32Array(0);
  private postingOffsets: Int32Array = new Int32Array(1);
  private postings: Int32Array = new Int32Array(0);
  private fallbackOrder: Int32Array = new Int32Array(0);
  private scores = new ItemScores(0);
  private similarities = new ItemScores(0);
  private sharedItem: Int32Array = new Int32Array(0);

  constructor(options: Partial<SessionKnnOptions> = {}) {
    this.options = { ...defaultSessionKnnOptions, ...options };
  }

  fit(sessions: readonly Session[], itemCount: number): void {
    const sessionOffsets = new Int32Array(sessions.length + 1);
    sessions.forEach(
      (session, index) => (sessionOffsets[index + 1] = sessionOffsets[index]! + session.length),
    );
    const sessionItems = new Int32Array(sessionOffsets[sessions.length]!);
    sessions.forEach((session, index) => sessionItems.set(session, sessionOffsets[index]!));

    // Postings: for each item, the sessions containing it (once each), in training order.
    const postingCounts = new Int32Array(itemCount + 1);
    const lastSeenIn = new Int32Array(itemCount).fill(-1);
    sessions.forEach((session, index) => {
      for (const item of session) {
        if (lastSeenIn[item] === index) continue;
        lastSeenIn[item] = index;
        postingCounts[item + 1]!++;
      }
    });
    const postingOffsets = new Int32Array(itemCount + 1);
    for (let item = 0; item < itemCount; item++) {
      postingOffsets[item + 1] = postingOffsets[item]! + postingCounts[item + 1]!;
    }
    const postings = new Int32Array(postingOffsets[itemCount]!);
    const cursor = postingOffsets.slice(0, itemCount);
    lastSeenIn.fill(-1);
    sessions.forEach((session, index) => {
      for (const item of session) {
        if (lastSeenIn[item] === index) continue;
        lastSeenIn[item] = index;
        postings[cursor[item]!++] = index;
      }
    });

    this.sessionOffsets = sessionOffsets;
    this.sessionItems = sessionItems;
    this.postingOffsets = postingOffsets;
    this.postings = postings;
    this.fallbackOrder = popularityOrder(itemFrequencies(sessions, itemCount));
    this.scores = new ItemScores(itemCount);
    this.similarities = new ItemScores(sessions.length);
    this.sharedItem = new Int32Array(sessions.length);
  }

  scoreItems(prefix: Session): ItemScores {
    this.scores.clear();
    this.findNeighbours(prefix);
    const { neighbours, positionDecay, pastWeight } = this.options;
    for (const neighbour of this.similarities.top(neighbours)) {
      const start = this.sessionOffsets[neighbour]!;
      const end = this.sessionOffsets[neighbour + 1]!;
      const similarity = this.similarities.get(neighbour);
      const shared = this.sharedItem[neighbour]!;
      let sharedAt = start;
      for (let at = start; at < end; at++) if (this.sessionItems[at] === shared) sharedAt = at;
      for (let at = start; at < end; at++) {
        if (at === sharedAt) continue;
        const closeness = Math.exp(-Math.abs(at - sharedAt) / positionDecay);
        this.scores.add(this.sessionItems[at]!, similarity * closeness * (at < sharedAt ? pastWeight : 1));
      }
    }
    return this.scores;
  }

  /** Fills `similarities` with candidate sessions and `sharedItem` with each one's most recent shared item. */
  private findNeighbours(prefix: Session): void {
    this.similarities.clear();
    const lastPosition = new Map<number, number>();
    prefix.forEach((item, position) => {
      if (item < this.scores.itemCount) lastPosition.set(item, position);
    });
    // Oldest first, so the most recent shared item is the one written last into sharedItem.
    const ordered = [...lastPosition].sort((a, b) => a[1] - b[1]);
    for (const [item, position] of ordered) {
      const first = this.postingOffsets[item]!;
      const end = this.postingOffsets[item + 1]!;
      const sessionCount = this.sessionOffsets.length - 1;
      const idf = Math.pow(Math.log(1 + sessionCount / Math.max(1, end - first)), this.options.idfWeighting);
      const weight = idf * Math.exp(-(prefix.length - 1 - position) / this.options.prefixDecay);
      for (let at = Math.max(first, end - this.options.sampleSize); at < end; at++) {
        const session = this.postings[at]!;
        this.similarities.add(session, weight);
        this.sharedItem[session] = item;
      }
    }
    const { lengthNormalization } = this.options;
    for (let i = 0; i < this.similarities.size; i++) {
      const session = this.similarities.itemAt(i);
      const length = this.sessionOffsets[session + 1]! - this.sessionOffsets[session]!;
      this.similarities.set(session, this.similarities.get(session) / Math.pow(length, lengthNormalization));
    }
  }

  recommend(prefix: Session, k: number): number[] {
    return fillFromFallback(this.scoreItems(prefix).top(k), k, this.fallbackOrder);
  }
}

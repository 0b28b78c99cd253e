import { ItemScores } from './item-scores.ts';
import { fillFromFallback, itemFrequencies, popularityOrder } from './popularity.ts';
import type { Session, SessionRecommender } from './types.ts';

export interface SequentialRulesOptions {
  /** How many steps ahead a later item still counts as having followed an earlier one. */
  window: number;
  /** Weight of an item seen *before* another (plain co-occurrence) relative to one seen after it. */
  backwardWeight: number;
  /** Prefix item d steps from the end weighs 1 / (1 + d * prefixDecay): the last click says the most. */
  prefixDecay: number;
  /** How many of the most recent prefix items are consulted. */
  prefixItems: number;
  /** Rules kept per item, strongest first: bounds memory and query time on long-tailed catalogues. */
  maxRulesPerItem: number;
  /** Rule weights are divided by (item's total rule weight)^normalization: 0 keeps raw counts, 1 is P(j|i). */
  normalization: number;
  /**
   * Half-life of a session's weight, as a share of the training span (sessions are in time order): 0.25 means
   * a session a quarter of the span older than the latest counts half. 0 weighs all sessions alike.
   */
  recencyHalfLife: number;
}

export const defaultSequentialRulesOptions: SequentialRulesOptions = {
  window: 10,
  backwardWeight: 0.2,
  prefixDecay: 1,
  prefixItems: 10,
  maxRulesPerItem: 300,
  normalization: 0.5,
  recencyHalfLife: 0,
};

/**
 * Item co-occurrence with direction, distance and recency weights (the "SR" sequential rules of Ludewig &
 * Jannach, with AR-style backward evidence added). Cheap to fit and strong on short sessions, where the next
 * click is usually a close relative of the last one.
 */
export class SequentialRulesRecommender implements SessionRecommender {
  private readonly options: SequentialRulesOptions;
  private ruleOffsets: Int32Array = new Int32Array(1);
  private ruleTargets: Int32Array = new Int32Array(0);
  private ruleWeights: Float32Array = new Float32Array(0);
  private fallbackOrder: Int32Array = new Int32Array(0);
  private scores = new ItemScores(0);

  /** `name` tells apart several rule sets with different settings inside one blend. */
  constructor(
    options: Partial<SequentialRulesOptions> = {},
    readonly name = 'sequential-rules',
  ) {
    this.options = { ...defaultSequentialRulesOptions, ...options };
  }

  fit(sessions: readonly Session[], itemCount: number): void {
    const { window, backwardWeight, recencyHalfLife, maxRulesPerItem, normalization } = this.options;
    const { flat, sessionOf, sessionStart, sessionEnd, occurrences, occurrenceOffsets } = indexOccurrences(
      sessions,
      itemCount,
    );
    const sessionWeights = new Float64Array(sessions.length);
    for (let index = 0; index < sessions.length; index++) {
      const age = (sessions.length - 1 - index) / Math.max(1, sessions.length);
      sessionWeights[index] = recencyHalfLife > 0 ? Math.pow(0.5, age / recencyHalfLife) : 1;
    }
    // One item at a time: every occurrence of it adds the items after it (and, scaled, before it) within the
    // window into a dense scratch row, whose strongest entries become the item's rules. No pair map: a map
    // keyed by (from, to) was most of the fit time on 40k-item catalogues.
    const row = new ItemScores(itemCount);
    const offsets = new Int32Array(itemCount + 1);
    let targets: Int32Array = new Int32Array(
      Math.max(16, Math.min(itemCount * maxRulesPerItem, flat.length * 4)),
    );
    let weights: Float32Array = new Float32Array(targets.length);
    for (let item = 0; item < itemCount; item++) {
      row.clear();
      for (let o = occurrenceOffsets[item]!; o < occurrenceOffsets[item + 1]!; o++) {
        const at = occurrences[o]!;
        const session = sessionOf[at]!;
        const sessionWeight = sessionWeights[session]!;
        const last = Math.min(sessionEnd[session]! - 1, at + window);
        for (let later = at + 1; later <= last; later++) row.add(flat[later]!, sessionWeight / (later - at));
        if (backwardWeight > 0) {
          const first = Math.max(sessionStart[session]!, at - window);
          const scale = sessionWeight * backwardWeight;
          for (let earlier = first; earlier < at; earlier++) row.add(flat[earlier]!, scale / (at - earlier));
        }
      }
      let total = 0;
      for (let i = 0; i < row.size; i++) total += row.get(row.itemAt(i));
      const norm = total > 0 ? Math.pow(total, normalization) : 1;
      const kept = row.top(maxRulesPerItem);
      const from = offsets[item]!;
      if (from + kept.length > targets.length) {
        const grown = Math.max(targets.length * 2, from + kept.length);
        targets = growInt32(targets, grown);
        weights = growFloat32(weights, grown);
      }
      kept.forEach((target, rank) => {
        targets[from + rank] = target;
        weights[from + rank] = row.get(target) / norm;
      });
      offsets[item + 1] = from + kept.length;
    }
    this.ruleOffsets = offsets;
    this.ruleTargets = targets.slice(0, offsets[itemCount]!);
    this.ruleWeights = weights.slice(0, offsets[itemCount]!);
    this.fallbackOrder = popularityOrder(itemFrequencies(sessions, itemCount));
    this.scores = new ItemScores(itemCount);
  }

  /** Adds `scale` times the item's rules (what followed it) into `into`: a feature source for rankers. */
  addRulesOf(item: number, scale: number, into: ItemScores): void {
    if (item >= this.ruleOffsets.length - 1) return;
    for (let rule = this.ruleOffsets[item]!; rule < this.ruleOffsets[item + 1]!; rule++) {
      into.add(this.ruleTargets[rule]!, scale * this.ruleWeights[rule]!);
    }
  }

  scoreItems(prefix: Session): ItemScores {
    const { prefixDecay, prefixItems } = this.options;
    this.scores.clear();
    const oldest = Math.max(0, prefix.length - prefixItems);
    for (let position = prefix.length - 1; position >= oldest; position--) {
      const item = prefix[position]!;
      if (item >= this.scores.itemCount) continue;
      const recency = 1 / (1 + (prefix.length - 1 - position) * prefixDecay);
      for (let rule = this.ruleOffsets[item]!; rule < this.ruleOffsets[item + 1]!; rule++) {
        this.scores.add(this.ruleTargets[rule]!, recency * this.ruleWeights[rule]!);
      }
    }
    return this.scores;
  }

  recommend(prefix: Session, k: number): number[] {
    return fillFromFallback(this.scoreItems(prefix).top(k), k, this.fallbackOrder);
  }
}

/** Sessions laid end to end, with where each item occurs: what a per-item pass over the sessions needs. */
function indexOccurrences(sessions: readonly Session[], itemCount: number) {
  let length = 0;
  for (const session of sessions) length += session.length;
  const flat = new Int32Array(length);
  const sessionOf = new Int32Array(length);
  const sessionStart = new Int32Array(sessions.length);
  const sessionEnd = new Int32Array(sessions.length);
  const occurrenceOffsets = new Int32Array(itemCount + 1);
  let at = 0;
  sessions.forEach((session, index) => {
    sessionStart[index] = at;
    for (const item of session) {
      flat[at] = item;
      sessionOf[at++] = index;
      occurrenceOffsets[item + 1]!++;
    }
    sessionEnd[index] = at;
  });
  for (let item = 0; item < itemCount; item++) occurrenceOffsets[item + 1]! += occurrenceOffsets[item]!;
  const cursor = occurrenceOffsets.slice(0, itemCount);
  const occurrences = new Int32Array(length);
  for (let position = 0; position < length; position++) occurrences[cursor[flat[position]!]!++] = position;
  return { flat, sessionOf, sessionStart, sessionEnd, occurrences, occurrenceOffsets };
}

function growInt32(values: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(values);
  return grown;
}

function growFloat32(values: Float32Array, length: number): Float32Array {
  const grown = new Float32Array(length);
  grown.set(values);
  return grown;
}

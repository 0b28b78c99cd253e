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
    const { window, backwardWeight, recencyHalfLife } = this.options;
    // Keys pack (from, to) into one number: itemCount^2 stays far below 2^53 for any realistic catalogue.
    const pairWeights = new Map<number, number>();
    const addPair = (from: number, to: number, weight: number): void => {
      const key = from * itemCount + to;
      pairWeights.set(key, (pairWeights.get(key) ?? 0) + weight);
    };
    sessions.forEach((session, index) => {
      const age = (sessions.length - 1 - index) / Math.max(1, sessions.length);
      const sessionWeight = recencyHalfLife > 0 ? Math.pow(0.5, age / recencyHalfLife) : 1;
      for (let later = 1; later < session.length; later++) {
        for (let earlier = Math.max(0, later - window); earlier < later; earlier++) {
          const weight = sessionWeight / (later - earlier);
          addPair(session[earlier]!, session[later]!, weight);
          if (backwardWeight > 0) addPair(session[later]!, session[earlier]!, weight * backwardWeight);
        }
      }
    });
    this.buildRuleTable(pairWeights, itemCount);
    this.fallbackOrder = popularityOrder(itemFrequencies(sessions, itemCount));
    this.scores = new ItemScores(itemCount);
  }

  private buildRuleTable(pairWeights: Map<number, number>, itemCount: number): void {
    const rows: { target: number; weight: number }[][] = Array.from({ length: itemCount }, () => []);
    for (const [key, weight] of pairWeights) {
      const from = Math.floor(key / itemCount);
      rows[from]!.push({ target: key - from * itemCount, weight });
    }
    const offsets = new Int32Array(itemCount + 1);
    const kept: { target: number; weight: number }[][] = rows.map((row) => {
      row.sort((a, b) => b.weight - a.weight || a.target - b.target);
      return row.slice(0, this.options.maxRulesPerItem);
    });
    kept.forEach((row, item) => (offsets[item + 1] = offsets[item]! + row.length));
    const targets = new Int32Array(offsets[itemCount]!);
    const weights = new Float32Array(offsets[itemCount]!);
    kept.forEach((row, item) => {
      const total = rows[item]!.reduce((sum, rule) => sum + rule.weight, 0);
      const norm = total > 0 ? Math.pow(total, this.options.normalization) : 1;
      row.forEach((rule, index) => {
        targets[offsets[item]! + index] = rule.target;
        weights[offsets[item]! + index] = rule.weight / norm;
      });
    });
    this.ruleOffsets = offsets;
    this.ruleTargets = targets;
    this.ruleWeights = weights;
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

import {
  CandidateFeatureBuilder,
  candidateFeatureCount,
  type CandidateList,
  featuresPerGenerator,
  itemStatistics,
} from './candidate-features.ts';
import { ItemScores } from './item-scores.ts';
import {
  defaultListwiseRankerOptions,
  ListwiseRanker,
  type ListwiseRankerOptions,
  type RankingExample,
} from './listwise-ranker.ts';
import { fillFromFallback, itemFrequencies, popularityOrder } from './popularity.ts';
import { SequentialRulesRecommender } from './sequential-rules.ts';
import type { Session, SessionRecommender } from './types.ts';

export interface NextItemExample {
  prefix: Session;
  target: number;
}

export interface BlendOptions {
  /** How deep into each generator's ranking candidates are taken. */
  candidatesPerGenerator: number;
  /** Share of the training sessions (the most recent ones) held out to fit the ranker on. */
  holdoutFraction: number;
  /** Upper bound on held-out queries the ranker trains on, which bounds its memory and time. */
  maxRankerQueries: number;
  ranker: Partial<ListwiseRankerOptions>;
  /**
   * Rankers trained from different seeds whose scores are summed: each one's own quirks cancel out. Three gained
   * +0.05 to +0.2 P@20 on diginetica validation (decision 0002) for two more ranker fits (about 40 s CPU each there).
   */
  rankerCount: number;
}

export const defaultBlendOptions: BlendOptions = {
  candidatesPerGenerator: 50,
  holdoutFraction: 0.1,
  maxRankerQueries: 60_000,
  ranker: {},
  rankerCount: 3,
};

/** The blend's ranking and, from the same scoring pass, each generator's own ranking. */
export interface BlendBreakdown {
  blend: number[];
  generators: number[][];
}

/**
 * The final recommender: candidate generators propose, a listwise ranker learned on held-out training
 * sessions decides. The ranker never sees the sessions the generators were fitted on, so it learns how far to
 * trust each generator on unseen sessions, which is the situation it will face in production.
 */
export class BlendedRecommender implements SessionRecommender {
  readonly name = 'blend';
  private readonly options: BlendOptions;
  private rankers: ListwiseRanker[] = [];
  /** False when the held-out slice gave no usable query (a new shop with a handful of sessions). */
  private rankerTrained = false;
  private features = new CandidateFeatureBuilder(itemStatistics([], 0), undefined);
  /** First-order P(next | item), read for the second and third last prefix items as ranker features. */
  private readonly transitions = new SequentialRulesRecommender(
    { window: 1, backwardWeight: 0, normalization: 1, prefixItems: 1, maxRulesPerItem: 100 },
    'context-transitions',
  );
  private fallbackOrder: Int32Array = new Int32Array(0);
  private scores = new ItemScores(0);
  /** The (first) ranker's mean cross-entropy per epoch from the last fit. */
  trainingLosses: number[] = [];

  constructor(
    readonly generators: readonly SessionRecommender[],
    options: Partial<BlendOptions> = {},
  ) {
    this.options = { ...defaultBlendOptions, ...options };
  }

  /** Holds out the most recent sessions, learns the blend on their prefixes, then refits on everything. */
  fit(sessions: readonly Session[], itemCount: number): void {
    const cut = Math.floor(sessions.length * (1 - this.options.holdoutFraction));
    const heldOut: NextItemExample[] = [];
    for (const session of sessions.slice(cut)) {
      for (let end = 1; end < session.length; end++)
        heldOut.push({ prefix: session.slice(0, end), target: session[end]! });
    }
    this.fitWithHoldout(sessions.slice(0, cut), heldOut, sessions, itemCount);
  }

  /**
   * For data whose held-out queries are not whole sessions (leave-one-out user histories): generators are fitted
   * on `generatorSessions`, the ranker on `heldOut`, and the generators are then refitted on `finalSessions`.
   */
  fitWithHoldout(
    generatorSessions: readonly Session[],
    heldOut: readonly NextItemExample[],
    finalSessions: readonly Session[],
    itemCount: number,
  ): void {
    this.fitGenerators(generatorSessions, itemCount);
    const examples = this.rankingExamples(heldOut);
    const seed = this.options.ranker.seed ?? defaultListwiseRankerOptions.seed;
    this.rankers = Array.from(
      { length: Math.max(1, this.options.rankerCount) },
      (_, i) => new ListwiseRanker({ ...this.options.ranker, seed: seed + i }),
    );
    const featureCount = candidateFeatureCount(this.generators.length);
    this.trainingLosses = this.rankers.map((ranker) => ranker.fit(examples, featureCount))[0]!;
    this.rankerTrained = examples.length > 0;
    if (finalSessions !== generatorSessions) this.fitGenerators(finalSessions, itemCount);
  }

  /** Fits the generators and the feature statistics, leaving the ranker as it is. */
  fitGenerators(sessions: readonly Session[], itemCount: number): void {
    for (const generator of this.generators) generator.fit(sessions, itemCount);
    this.transitions.fit(sessions, itemCount);
    this.features = new CandidateFeatureBuilder(itemStatistics(sessions, itemCount), this.transitions);
    this.fallbackOrder = popularityOrder(itemFrequencies(sessions, itemCount));
    this.scores = new ItemScores(itemCount);
  }

  /**
   * Candidates and features for held-out queries, from the generators as they are now fitted (at most
   * `maxRankerQueries`, evenly spread). A query whose target no generator proposed teaches the ranker nothing
   * about ordering candidates and is left out.
   */
  rankingExamples(heldOut: readonly NextItemExample[]): RankingExample[] {
    const stride = Math.max(1, heldOut.length / this.options.maxRankerQueries);
    const examples: RankingExample[] = [];
    for (let i = 0; i < heldOut.length; i += stride) {
      const { prefix, target } = heldOut[Math.floor(i)]!;
      const candidates = this.candidates(prefix);
      const chosen = candidates.items.indexOf(target);
      if (chosen < 0) continue;
      examples.push({ features: candidates.features, candidateCount: candidates.items.length, chosen });
    }
    return examples;
  }

  /**
   * One query's candidates with their features; `topLists` receives each generator's top list. Generators that
   * can score given items (the neural model, whose full scoring costs the catalogue) do not propose: they score
   * the pool the others proposed, and their top list is their order of that pool.
   */
  candidates(prefix: Session, topLists: number[][] = []): CandidateList {
    const depth = this.options.candidatesPerGenerator;
    const scores: ItemScores[] = [];
    const lists: number[][] = [];
    const pool = new Set<number>();
    this.generators.forEach((generator, g) => {
      if (generator.scoreGiven) return;
      scores[g] = generator.scoreItems(prefix);
      lists[g] = scores[g].top(depth);
      for (const item of lists[g]) pool.add(item);
    });
    for (const item of prefix) if (item < this.scores.itemCount) pool.add(item);
    const poolItems = [...pool];
    this.generators.forEach((generator, g) => {
      if (!generator.scoreGiven) return;
      scores[g] = generator.scoreGiven(prefix, poolItems);
      lists[g] = scores[g].top(depth);
    });
    topLists.push(...lists);
    return this.features.build(prefix, scores, lists);
  }

  scoreItems(prefix: Session): ItemScores {
    this.scores.clear();
    const candidates = this.candidates(prefix);
    const ranked = this.rankCandidates(candidates);
    candidates.items.forEach((item, row) => this.scores.add(item, ranked[row]!));
    return this.scores;
  }

  /** The learned ranker's scores, or an equal-weight sum of the generators' relative scores without one. */
  private rankCandidates(candidates: CandidateList): Float32Array {
    const count = candidates.items.length;
    if (this.rankerTrained) {
      const total = this.rankers[0]!.score(candidates.features, count);
      for (const ranker of this.rankers.slice(1)) {
        const part = ranker.score(candidates.features, count);
        for (let row = 0; row < count; row++) total[row]! += part[row]!;
      }
      return total;
    }
    const featureCount = candidateFeatureCount(this.generators.length);
    const scores = new Float32Array(count);
    for (let row = 0; row < count; row++) {
      for (let g = 0; g < this.generators.length; g++) {
        scores[row]! += candidates.features[row * featureCount + g * featuresPerGenerator]!;
      }
    }
    return scores;
  }

  recommend(prefix: Session, k: number): number[] {
    return fillFromFallback(this.scoreItems(prefix).top(k), k, this.fallbackOrder);
  }

  /** One scoring pass that yields the blend and every generator's own top k, for side-by-side evaluation. */
  recommendWithBreakdown(prefix: Session, k: number): BlendBreakdown {
    const topLists: number[][] = [];
    const candidates = this.candidates(prefix, topLists);
    const ranked = this.rankCandidates(candidates);
    this.scores.clear();
    candidates.items.forEach((item, row) => this.scores.add(item, ranked[row]!));
    return {
      blend: fillFromFallback(this.scores.top(k), k, this.fallbackOrder),
      // A generator that only rescored the pool is asked for its own full ranking, for side-by-side reports.
      generators: topLists.map((top, g) =>
        this.generators[g]!.scoreGiven
          ? this.generators[g]!.recommend(prefix, k)
          : fillFromFallback(top.slice(0, k), k, this.fallbackOrder),
      ),
    };
  }
}

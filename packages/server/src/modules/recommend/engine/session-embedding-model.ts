import { ItemScores } from './item-scores.ts';
import { fillFromFallback, itemFrequencies, popularityOrder } from './popularity.ts';
import { trainSessionEmbeddings } from './session-embedding-training.ts';
import {
  defaultSessionEmbeddingOptions,
  EmbeddingParameters,
  type SessionEmbeddingOptions,
} from './session-embedding-parameters.ts';
import type { Session, SessionRecommender } from './types.ts';

/**
 * A small neural next-item model in the NARM / STAMP family, trained in-process on the CPU. The session is the
 * last item's embedding next to a pooled summary of recent items (pooling weights learned per distance from
 * the end), mixed by one tanh layer and matched against output item embeddings. Training uses a sampled
 * softmax with popularity-sampled negatives and the log-Q correction, because a full softmax over tens of
 * thousands of items per step would not fit a CPU budget. Its value to the blend is generalisation: items
 * with little co-occurrence evidence still get sensible neighbours through their embeddings.
 */
export class SessionEmbeddingRecommender implements SessionRecommender {
  readonly name = 'session-embedding';
  private readonly options: SessionEmbeddingOptions;
  private model: EmbeddingParameters | undefined;
  private fallbackOrder: Int32Array = new Int32Array(0);
  private scores = new ItemScores(0);
  /** Mean sampled-softmax loss of each epoch of the last fit. */
  trainingLosses: number[] = [];

  constructor(options: Partial<SessionEmbeddingOptions> = {}) {
    this.options = { ...defaultSessionEmbeddingOptions, ...options };
  }

  fit(sessions: readonly Session[], itemCount: number): void {
    const frequencies = itemFrequencies(sessions, itemCount);
    this.fallbackOrder = popularityOrder(frequencies);
    this.scores = new ItemScores(itemCount);
    this.model = new EmbeddingParameters(itemCount, this.options);
    this.trainingLosses = trainSessionEmbeddings(this.model, sessions, frequencies, this.options);
  }

  scoreItems(prefix: Session): ItemScores {
    this.scores.clear();
    const model = this.model;
    if (!model) return this.scores;
    const state = model.encode(prefix);
    if (!state) return this.scores;
    const { dimensions } = this.options;
    const { outputEmbeddings, outputBias } = model;
    const hidden = state.hidden;
    for (let item = 0; item < model.itemCount; item++) {
      let score = outputBias[item]!;
      const base = item * dimensions;
      for (let k = 0; k < dimensions; k++) score += hidden[k]! * outputEmbeddings[base + k]!;
      this.scores.add(item, score);
    }
    return this.scores;
  }

  recommend(prefix: Session, k: number): number[] {
    return fillFromFallback(this.scoreItems(prefix).top(k), k, this.fallbackOrder);
  }
}

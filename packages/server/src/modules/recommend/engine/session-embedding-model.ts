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
    const logits = this.allLogits(prefix);
    if (logits) for (let item = 0; item < logits.length; item++) this.scores.add(item, logits[item]!);
    return this.scores;
  }

  private logits = new Float32Array(0);

  /** The model's logit for every item (in a buffer reused by the next call), or undefined without a state. */
  private allLogits(prefix: Session): Float32Array | undefined {
    const model = this.model;
    const state = model?.encode(prefix);
    if (!model || !state) return undefined;
    if (this.logits.length !== model.itemCount) this.logits = new Float32Array(model.itemCount);
    const { dimensions } = this.options;
    const { outputEmbeddings, outputBias } = model;
    const hidden = state.hidden;
    // The one full-catalogue loop of a query: four running sums let the CPU overlap the multiply-adds.
    const even = dimensions - (dimensions % 4);
    for (let item = 0; item < model.itemCount; item++) {
      const base = item * dimensions;
      let s0 = outputBias[item]!;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let k = 0;
      for (; k < even; k += 4) {
        s0 += hidden[k]! * outputEmbeddings[base + k]!;
        s1 += hidden[k + 1]! * outputEmbeddings[base + k + 1]!;
        s2 += hidden[k + 2]! * outputEmbeddings[base + k + 2]!;
        s3 += hidden[k + 3]! * outputEmbeddings[base + k + 3]!;
      }
      for (; k < dimensions; k++) s0 += hidden[k]! * outputEmbeddings[base + k]!;
      this.logits[item] = s0 + s1 + s2 + s3;
    }
    return this.logits;
  }

  /**
   * The model's scores for the given items only, as exp(logit - best logit among them): positive, 1 for the
   * model's favourite, so a blend can compare them across queries like the counting generators' scores.
   */
  scoreGiven(prefix: Session, items: readonly number[]): ItemScores {
    this.scores.clear();
    const model = this.model;
    const state = model?.encode(prefix);
    if (!model || !state) return this.scores;
    const { dimensions } = this.options;
    const { outputEmbeddings, outputBias } = model;
    const hidden = state.hidden;
    const known = items.filter((item) => item < model.itemCount);
    const logits = known.map((item) => {
      let logit = outputBias[item]!;
      const base = item * dimensions;
      for (let k = 0; k < dimensions; k++) logit += hidden[k]! * outputEmbeddings[base + k]!;
      return logit;
    });
    const best = Math.max(...logits);
    known.forEach((item, i) => this.scores.add(item, Math.exp(logits[i]! - best)));
    return this.scores;
  }

  recommend(prefix: Session, k: number): number[] {
    const logits = this.allLogits(prefix);
    return fillFromFallback(logits ? topOfDense(logits, k) : [], k, this.fallbackOrder);
  }
}

/**
 * The k largest entries of a dense score vector, best first, ties by lower index (as ItemScores.top). A sorted
 * list of the best so far rejects most items with one comparison against its last entry.
 */
export function topOfDense(values: Float32Array, k: number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let item = 0; item < values.length; item++) {
    const value = values[item]!;
    if (best.length === k && value <= values[best[k - 1]!]!) continue;
    let at = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push(item);
    // Equal values keep the lower index first: it was seen earlier, so it stays ahead.
    while (at > 0 && values[best[at - 1]!]! < value) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = item;
  }
  return best;
}

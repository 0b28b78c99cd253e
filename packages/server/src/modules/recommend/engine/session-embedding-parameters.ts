import { gaussian, seededRandom } from './seeded-random.ts';
import type { Session } from './types.ts';

export interface SessionEmbeddingOptions {
  dimensions: number;
  /** Most recent prefix items the model reads. */
  positions: number;
  epochs: number;
  /**
   * Most training examples processed in all, across epochs: keeps the CPU cost flat on large data sets (which
   * then get fewer passes) while small ones get every epoch.
   */
  exampleBudget: number;
  /** Items sampled per batch as shared negatives for the sampled softmax. */
  negatives: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

/**
 * Up to eight passes, at most 2.4M examples (decision 0002, third round): on the validation splits the blend
 * gained about 0.26 P@20 over three passes and 800k examples on both session sets; diginetica is held by the
 * budget (about four passes), yoochoose1_64 by the passes. The budget keeps a large shop's fit in minutes.
 */
export const defaultSessionEmbeddingOptions: SessionEmbeddingOptions = {
  dimensions: 32,
  positions: 10,
  epochs: 8,
  exampleBudget: 2_400_000,
  negatives: 128,
  batchSize: 128,
  learningRate: 0.05,
  seed: 11,
};

/** Everything the forward pass keeps for the backward pass. */
export interface EncodedSession {
  items: number[];
  poolWeights: Float32Array;
  input: Float32Array;
  hidden: Float32Array;
}

/** The model's weights and its forward pass, shared by training and scoring. */
export class EmbeddingParameters {
  readonly inputEmbeddings: Float32Array;
  readonly outputEmbeddings: Float32Array;
  readonly outputBias: Float32Array;
  /** [mixing matrix (d x 2d) | mixing bias (d) | position logits (positions)] */
  readonly dense: Float32Array;

  constructor(
    readonly itemCount: number,
    readonly options: SessionEmbeddingOptions,
  ) {
    const { dimensions: d, positions, seed } = options;
    const random = seededRandom(seed);
    this.inputEmbeddings = Float32Array.from({ length: itemCount * d }, () => gaussian(random) * 0.1);
    this.outputEmbeddings = Float32Array.from({ length: itemCount * d }, () => gaussian(random) * 0.1);
    this.outputBias = new Float32Array(itemCount);
    this.dense = new Float32Array(2 * d * d + d + positions);
    for (let i = 0; i < 2 * d * d; i++) this.dense[i] = gaussian(random) / Math.sqrt(2 * d);
  }

  get mixingBiasOffset(): number {
    return 2 * this.options.dimensions * this.options.dimensions;
  }

  get positionOffset(): number {
    return this.mixingBiasOffset + this.options.dimensions;
  }

  /** Forward pass for the last `positions` known items of a prefix; undefined when none is known. */
  encode(prefix: Session): EncodedSession | undefined {
    const d = this.options.dimensions;
    const state: EncodedSession = {
      items: [],
      poolWeights: new Float32Array(this.options.positions),
      input: new Float32Array(2 * d),
      hidden: new Float32Array(d),
    };
    return this.encodeInto(prefix, prefix.length, state) ? state : undefined;
  }

  /**
   * The forward pass for the last `positions` known items of `session[0..end)` into `state`'s buffers, which training reuses for every example
   * (allocating them per example cost a tenth of its time). `poolWeights` is read up to `items.length`.
   * Returns false when no item of the window is known.
   */
  encodeInto(session: Session, end: number, state: EncodedSession): boolean {
    const { dimensions: d, positions } = this.options;
    const { items, poolWeights, input, hidden } = state;
    items.length = 0;
    for (let i = end - 1; i >= 0 && items.length < positions; i--) {
      if (session[i]! < this.itemCount) items.push(session[i]!);
    }
    if (items.length === 0) return false;
    // items[0] is the most recent; pooling weights are a softmax over learned per-distance logits.
    let total = 0;
    for (let t = 0; t < items.length; t++) {
      poolWeights[t] = Math.exp(this.dense[this.positionOffset + t]!);
      total += poolWeights[t]!;
    }
    input.fill(0);
    input.set(this.inputEmbeddings.subarray(items[0]! * d, items[0]! * d + d), 0);
    for (let t = 0; t < items.length; t++) {
      poolWeights[t]! /= total;
      const base = items[t]! * d;
      for (let k = 0; k < d; k++) input[d + k]! += poolWeights[t]! * this.inputEmbeddings[base + k]!;
    }
    for (let row = 0; row < d; row++) {
      let sum = this.dense[this.mixingBiasOffset + row]!;
      const base = row * 2 * d;
      for (let k = 0; k < 2 * d; k++) sum += this.dense[base + k]! * input[k]!;
      hidden[row] = Math.tanh(sum);
    }
    return true;
  }
}

import { Adam } from './adam.ts';
import { gaussian, seededRandom, shuffle } from './seeded-random.ts';

/** One query's candidates as rows of `featureCount` numbers, and which row was the item actually chosen. */
export interface RankingExample {
  features: Float32Array;
  candidateCount: number;
  chosen: number;
}

export interface ListwiseRankerOptions {
  hiddenUnits: number;
  epochs: number;
  /**
   * Fewest optimiser steps, whatever the epochs say: a shop with a few hundred sessions gives the ranker a
   * handful of batches per epoch, too few to move from its random start; it then gets more passes.
   */
  minimumSteps: number;
  /** Candidates whose softmax probability is below this pass no gradient back (a speed-for-exactness trade). */
  gradientFloor: number;
  learningRate: number;
  /** Queries per optimiser step. */
  batchSize: number;
  seed: number;
}

export const defaultListwiseRankerOptions: ListwiseRankerOptions = {
  hiddenUnits: 32,
  epochs: 6,
  minimumSteps: 400,
  gradientFloor: 1e-4,
  learningRate: 0.003,
  batchSize: 32,
  seed: 7,
};

/**
 * A one-hidden-layer network that scores each candidate from its features, trained with a softmax over each
 * query's candidates (listwise cross-entropy), so it learns what makes the chosen item beat its rivals rather
 * than absolute relevance. Small enough to train in seconds on a CPU with hand-written gradients and Adam.
 */
export class ListwiseRanker {
  private readonly options: ListwiseRankerOptions;
  private mean: Float32Array = new Float32Array(0);
  private scale: Float32Array = new Float32Array(0);
  private parameters: Float32Array = new Float32Array(0);
  private featureCount = 0;

  constructor(options: Partial<ListwiseRankerOptions> = {}) {
    this.options = { ...defaultListwiseRankerOptions, ...options };
  }

  /** Returns the mean cross-entropy of each epoch: a falling curve is the sign that it learned. */
  fit(examples: readonly RankingExample[], featureCount: number): number[] {
    this.featureCount = featureCount;
    if (examples.length === 0) return [];
    this.standardise(examples);
    const { hiddenUnits, learningRate, batchSize, minimumSteps } = this.options;
    const batchesPerEpoch = Math.ceil(examples.length / batchSize);
    const epochs = Math.max(this.options.epochs, Math.ceil(minimumSteps / batchesPerEpoch));
    const random = seededRandom(this.options.seed);
    this.parameters = new Float32Array(this.layout().total);
    const { inputWeights, outputWeights } = this.layout();
    const inputScale = Math.sqrt(2 / featureCount);
    for (let i = 0; i < hiddenUnits * featureCount; i++)
      this.parameters[inputWeights + i] = gaussian(random) * inputScale;
    for (let h = 0; h < hiddenUnits; h++)
      this.parameters[outputWeights + h] = gaussian(random) / Math.sqrt(hiddenUnits);

    const adam = new Adam(this.parameters.length, learningRate);
    const gradient = new Float32Array(this.parameters.length);
    const order = Int32Array.from(examples.keys());
    const losses: number[] = [];
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      let lossSum = 0;
      for (let start = 0; start < order.length; start += batchSize) {
        gradient.fill(0);
        const end = Math.min(order.length, start + batchSize);
        for (let i = start; i < end; i++) lossSum += this.accumulateGradient(examples[order[i]!]!, gradient);
        adam.step(this.parameters, gradient, 1 / (end - start));
      }
      losses.push(lossSum / Math.max(1, examples.length));
    }
    return losses;
  }

  /** Scores each candidate row; higher is better. */
  score(features: Float32Array, candidateCount: number): Float32Array {
    const scores = new Float32Array(candidateCount);
    const hidden = new Float32Array(this.options.hiddenUnits);
    const row = new Float32Array(this.featureCount);
    for (let c = 0; c < candidateCount; c++) {
      this.normalisedRow(features, c, row);
      scores[c] = this.forward(row, 0, hidden, 0);
    }
    return scores;
  }

  private layout(): { inputWeights: number; hiddenBias: number; outputWeights: number; total: number } {
    const { hiddenUnits } = this.options;
    const hiddenBias = hiddenUnits * this.featureCount;
    const outputWeights = hiddenBias + hiddenUnits;
    return { inputWeights: 0, hiddenBias, outputWeights, total: outputWeights + hiddenUnits };
  }

  /** The candidate's score from its normalised row at `rows[at..]`; hidden activations go to `hidden[hiddenAt..]`. */
  private forward(rows: Float32Array, at: number, hidden: Float32Array, hiddenAt: number): number {
    const p = this.parameters;
    const featureCount = this.featureCount;
    const hiddenUnits = this.options.hiddenUnits;
    const hiddenBias = hiddenUnits * featureCount;
    const outputWeights = hiddenBias + hiddenUnits;
    let output = 0;
    for (let h = 0; h < hiddenUnits; h++) {
      let sum = p[hiddenBias + h]!;
      const base = h * featureCount;
      for (let f = 0; f < featureCount; f++) sum += p[base + f]! * rows[at + f]!;
      const activation = sum > 0 ? sum : 0;
      hidden[hiddenAt + h] = activation;
      output += p[outputWeights + h]! * activation;
    }
    return output;
  }

  // Scratch space for one query, grown to the largest query seen: training allocates nothing per example.
  private scratchRows = new Float32Array(0);
  private scratchHidden = new Float32Array(0);
  private scratchLogits = new Float64Array(0);

  private accumulateGradient(example: RankingExample, gradient: Float32Array): number {
    const { candidateCount, chosen, features } = example;
    const { hiddenUnits, gradientFloor } = this.options;
    const featureCount = this.featureCount;
    if (this.scratchLogits.length < candidateCount) {
      this.scratchRows = new Float32Array(candidateCount * featureCount);
      this.scratchHidden = new Float32Array(candidateCount * hiddenUnits);
      this.scratchLogits = new Float64Array(candidateCount);
    }
    const rows = this.scratchRows;
    const hidden = this.scratchHidden;
    const logits = this.scratchLogits;
    let maxLogit = -Infinity;
    for (let c = 0; c < candidateCount; c++) {
      this.normalisedRow(features, c, rows, c * featureCount);
      logits[c] = this.forward(rows, c * featureCount, hidden, c * hiddenUnits);
      if (logits[c]! > maxLogit) maxLogit = logits[c]!;
    }
    let partition = 0;
    for (let c = 0; c < candidateCount; c++) partition += Math.exp(logits[c]! - maxLogit);
    const loss = Math.log(partition) - (logits[chosen]! - maxLogit);

    const hiddenBias = hiddenUnits * featureCount;
    const outputWeights = hiddenBias + hiddenUnits;
    const p = this.parameters;
    for (let c = 0; c < candidateCount; c++) {
      // d loss / d logit = softmax - one-hot
      const upstream = Math.exp(logits[c]! - maxLogit) / partition - (c === chosen ? 1 : 0);
      // Candidates the model already all but rules out add almost nothing; skipping them halves training time.
      if (Math.abs(upstream) < gradientFloor) continue;
      const rowAt = c * featureCount;
      for (let h = 0; h < hiddenUnits; h++) {
        const activation = hidden[c * hiddenUnits + h]!;
        gradient[outputWeights + h]! += upstream * activation;
        if (activation <= 0) continue;
        const back = upstream * p[outputWeights + h]!;
        gradient[hiddenBias + h]! += back;
        const base = h * featureCount;
        for (let f = 0; f < featureCount; f++) gradient[base + f]! += back * rows[rowAt + f]!;
      }
    }
    return loss;
  }

  private standardise(examples: readonly RankingExample[]): void {
    const count = this.featureCount;
    const sum = new Float64Array(count);
    const squares = new Float64Array(count);
    let rows = 0;
    for (const example of examples) {
      for (let c = 0; c < example.candidateCount; c++) {
        for (let f = 0; f < count; f++) {
          const value = example.features[c * count + f]!;
          sum[f]! += value;
          squares[f]! += value * value;
        }
      }
      rows += example.candidateCount;
    }
    this.mean = new Float32Array(count);
    this.scale = new Float32Array(count);
    for (let f = 0; f < count; f++) {
      const mean = sum[f]! / Math.max(1, rows);
      const variance = squares[f]! / Math.max(1, rows) - mean * mean;
      this.mean[f] = mean;
      this.scale[f] = variance > 1e-12 ? 1 / Math.sqrt(variance) : 1;
    }
  }

  private normalisedRow(features: Float32Array, candidate: number, row: Float32Array, at = 0): void {
    const base = candidate * this.featureCount;
    for (let f = 0; f < this.featureCount; f++)
      row[at + f] = (features[base + f]! - this.mean[f]!) * this.scale[f]!;
  }
}

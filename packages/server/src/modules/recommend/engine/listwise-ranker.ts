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
  learningRate: number;
  /** Queries per optimiser step. */
  batchSize: number;
  seed: number;
}

export const defaultListwiseRankerOptions: ListwiseRankerOptions = {
  hiddenUnits: 32,
  epochs: 6,
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
    const { hiddenUnits, epochs, learningRate, batchSize } = this.options;
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
      scores[c] = this.forward(row, hidden);
    }
    return scores;
  }

  private layout(): { inputWeights: number; hiddenBias: number; outputWeights: number; total: number } {
    const { hiddenUnits } = this.options;
    const hiddenBias = hiddenUnits * this.featureCount;
    const outputWeights = hiddenBias + hiddenUnits;
    return { inputWeights: 0, hiddenBias, outputWeights, total: outputWeights + hiddenUnits };
  }

  private forward(row: Float32Array, hidden: Float32Array): number {
    const { hiddenBias, outputWeights } = this.layout();
    const p = this.parameters;
    let output = 0;
    for (let h = 0; h < hidden.length; h++) {
      let sum = p[hiddenBias + h]!;
      const base = h * this.featureCount;
      for (let f = 0; f < this.featureCount; f++) sum += p[base + f]! * row[f]!;
      const activation = sum > 0 ? sum : 0;
      hidden[h] = activation;
      output += p[outputWeights + h]! * activation;
    }
    return output;
  }

  private accumulateGradient(example: RankingExample, gradient: Float32Array): number {
    const { candidateCount, chosen, features } = example;
    const hiddenUnits = this.options.hiddenUnits;
    const rows = new Float32Array(candidateCount * this.featureCount);
    const hidden = new Float32Array(candidateCount * hiddenUnits);
    const logits = new Float64Array(candidateCount);
    let maxLogit = -Infinity;
    for (let c = 0; c < candidateCount; c++) {
      const row = rows.subarray(c * this.featureCount, (c + 1) * this.featureCount);
      this.normalisedRow(features, c, row);
      logits[c] = this.forward(row, hidden.subarray(c * hiddenUnits, (c + 1) * hiddenUnits));
      if (logits[c]! > maxLogit) maxLogit = logits[c]!;
    }
    let partition = 0;
    for (let c = 0; c < candidateCount; c++) partition += Math.exp(logits[c]! - maxLogit);
    const loss = Math.log(partition) - (logits[chosen]! - maxLogit);

    const { hiddenBias, outputWeights } = this.layout();
    const p = this.parameters;
    for (let c = 0; c < candidateCount; c++) {
      // d loss / d logit = softmax - one-hot
      const upstream = Math.exp(logits[c]! - maxLogit) / partition - (c === chosen ? 1 : 0);
      if (Math.abs(upstream) < 1e-7) continue;
      for (let h = 0; h < hiddenUnits; h++) {
        const activation = hidden[c * hiddenUnits + h]!;
        gradient[outputWeights + h]! += upstream * activation;
        if (activation <= 0) continue;
        const back = upstream * p[outputWeights + h]!;
        gradient[hiddenBias + h]! += back;
        const base = h * this.featureCount;
        for (let f = 0; f < this.featureCount; f++)
          gradient[base + f]! += back * rows[c * this.featureCount + f]!;
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

  private normalisedRow(features: Float32Array, candidate: number, row: Float32Array): void {
    const base = candidate * this.featureCount;
    for (let f = 0; f < this.featureCount; f++)
      row[f] = (features[base + f]! - this.mean[f]!) * this.scale[f]!;
  }
}

import type {
  EmbeddingParameters,
  EncodedSession,
  SessionEmbeddingOptions,
} from './session-embedding-parameters.ts';
import { seededRandom, shuffle } from './seeded-random.ts';
import { SparseAdagradTable } from './sparse-adagrad.ts';
import type { Session } from './types.ts';

/**
 * Trains the session embedding model on every (prefix, next item) pair of the sessions with a sampled softmax.
 * Returns the mean loss per epoch. Gradients are hand-written; the comments name the quantity each loop builds.
 */
export function trainSessionEmbeddings(
  model: EmbeddingParameters,
  sessions: readonly Session[],
  frequencies: Float64Array,
  options: SessionEmbeddingOptions,
): number[] {
  const { dimensions: d, epochs, negatives, batchSize, learningRate, seed, exampleBudget } = options;
  const random = seededRandom(seed);
  const exampleSession: number[] = [];
  const exampleEnd: number[] = [];
  sessions.forEach((session, index) => {
    for (let end = 1; end < session.length; end++) {
      exampleSession.push(index);
      exampleEnd.push(end);
    }
  });
  const sampler = new NegativeSampler(frequencies, negatives, random);
  const inputTable = new SparseAdagradTable(model.inputEmbeddings, d, learningRate);
  const outputTable = new SparseAdagradTable(model.outputEmbeddings, d, learningRate);
  const biasTable = new SparseAdagradTable(model.outputBias, 1, learningRate);
  const denseTable = new SparseAdagradTable(model.dense, model.dense.length, learningRate);
  const candidates = new Int32Array(negatives + 1);
  const corrections = new Float32Array(negatives + 1);
  const logits = new Float64Array(negatives + 1);
  const hiddenGradient = new Float32Array(d);
  const mixedGradient = new Float32Array(d);
  const inputGradient = new Float32Array(2 * d);
  const order = Int32Array.from(exampleSession.keys());
  // Buffers reused by every example: the forward pass's state and the pooling weights' gradients.
  const encoded: EncodedSession = {
    items: [],
    poolWeights: new Float32Array(options.positions),
    input: new Float32Array(2 * d),
    hidden: new Float32Array(d),
  };
  const weightGradients = new Float32Array(options.positions);
  const losses: number[] = [];

  let budgetLeft = exampleBudget;
  for (let epoch = 0; epoch < epochs && budgetLeft > 0; epoch++) {
    shuffle(order, random);
    let lossSum = 0;
    const epochExamples = Math.min(order.length, budgetLeft);
    budgetLeft -= epochExamples;
    for (let start = 0; start < epochExamples; start += batchSize) {
      sampler.sample(candidates, corrections);
      denseTable.touch(0);
      for (let i = start; i < Math.min(epochExamples, start + batchSize); i++) {
        const session = sessions[exampleSession[order[i]!]!]!;
        const end = exampleEnd[order[i]!]!;
        model.encodeInto(session, end, encoded);
        const { hidden, input, items, poolWeights } = encoded;
        const target = session[end]!;
        candidates[0] = target;
        corrections[0] = sampler.correction(target);

        // Logits of the target (slot 0) and the shared negatives, minus log Q; a negative that is the target is masked.
        let maxLogit = -Infinity;
        for (let c = 0; c <= negatives; c++) {
          if (c > 0 && candidates[c] === target) {
            logits[c] = -Infinity;
            continue;
          }
          const base = candidates[c]! * d;
          let logit = model.outputBias[candidates[c]!]! - corrections[c]!;
          for (let k = 0; k < d; k++) logit += hidden[k]! * model.outputEmbeddings[base + k]!;
          logits[c] = logit;
          if (logit > maxLogit) maxLogit = logit;
        }
        let partition = 0;
        for (let c = 0; c <= negatives; c++) partition += Math.exp(logits[c]! - maxLogit);
        lossSum += Math.log(partition) - (logits[0]! - maxLogit);

        // d loss / d logit = softmax - one-hot; flows into output rows, biases and the hidden state.
        hiddenGradient.fill(0);
        for (let c = 0; c <= negatives; c++) {
          const upstream = Math.exp(logits[c]! - maxLogit) / partition - (c === 0 ? 1 : 0);
          if (upstream === 0) continue;
          const item = candidates[c]!;
          const base = item * d;
          outputTable.touch(item);
          biasTable.touch(item);
          biasTable.gradient[item]! += upstream;
          for (let k = 0; k < d; k++) {
            hiddenGradient[k]! += upstream * model.outputEmbeddings[base + k]!;
            outputTable.gradient[base + k]! += upstream * hidden[k]!;
          }
        }

        // Through tanh into the mixing layer, then into the layer's input [last item | pooled items].
        inputGradient.fill(0);
        for (let row = 0; row < d; row++) {
          mixedGradient[row] = hiddenGradient[row]! * (1 - hidden[row]! * hidden[row]!);
          denseTable.gradient[model.mixingBiasOffset + row]! += mixedGradient[row]!;
          const base = row * 2 * d;
          for (let k = 0; k < 2 * d; k++) {
            denseTable.gradient[base + k]! += mixedGradient[row]! * input[k]!;
            inputGradient[k]! += model.dense[base + k]! * mixedGradient[row]!;
          }
        }

        // Into the item embeddings, and through the pooling softmax into the per-distance logits.
        const last = items[0]! * d;
        inputTable.touch(items[0]!);
        for (let k = 0; k < d; k++) inputTable.gradient[last + k]! += inputGradient[k]!;
        weightGradients.fill(0);
        let weightedSum = 0;
        for (let t = 0; t < items.length; t++) {
          const base = items[t]! * d;
          inputTable.touch(items[t]!);
          let dot = 0;
          for (let k = 0; k < d; k++) {
            dot += inputGradient[d + k]! * model.inputEmbeddings[base + k]!;
            inputTable.gradient[base + k]! += poolWeights[t]! * inputGradient[d + k]!;
          }
          weightGradients[t] = dot;
          weightedSum += poolWeights[t]! * dot;
        }
        for (let t = 0; t < items.length; t++) {
          denseTable.gradient[model.positionOffset + t]! +=
            poolWeights[t]! * (weightGradients[t]! - weightedSum);
        }
      }
      inputTable.step();
      outputTable.step();
      biasTable.step();
      denseTable.step();
    }
    losses.push(lossSum / Math.max(1, epochExamples));
  }
  return losses;
}

/** Draws negatives in proportion to frequency^0.75 (word2vec's smoothing) and reports each item's log Q. */
class NegativeSampler {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    private readonly frequencies: Float64Array,
    private readonly count: number,
    private readonly random: () => number,
  ) {
    this.cumulative = new Float64Array(frequencies.length);
    let running = 0;
    frequencies.forEach((frequency, item) => {
      running += Math.pow(frequency, 0.75);
      this.cumulative[item] = running;
    });
    this.total = running;
  }

  /** Fills slots 1..count with sampled items and their corrections; slot 0 is the caller's. */
  sample(items: Int32Array, corrections: Float32Array): void {
    for (let slot = 1; slot <= this.count; slot++) {
      const point = this.random() * this.total;
      let low = 0;
      let high = this.cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (this.cumulative[middle]! < point) low = middle + 1;
        else high = middle;
      }
      items[slot] = low;
      corrections[slot] = this.correction(low);
    }
  }

  /** log of the expected number of times the item is drawn in one batch. */
  correction(item: number): number {
    const probability = Math.pow(this.frequencies[item]!, 0.75) / this.total;
    return Math.log(Math.max(probability * this.count, 1e-12));
  }
}

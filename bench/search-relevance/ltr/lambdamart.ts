// A small LambdaMART trainer (Burges 2010, "From RankNet to LambdaRank to LambdaMART"): gradient-boosted
// regression trees fitted, by one Newton step per leaf, to the lambda gradients of nDCG@k. Histogram-based and
// leaf-wise like LightGBM, so it trains on a few million candidate rows in minutes in plain TypeScript; no npm
// package offers a maintained LambdaMART (see docs/decisions/0003-search.md).
import type { RegressionTree } from '../../../packages/server/src/modules/search/engine/rank/learned-ranking.ts';

export interface RankGroup {
  /** Row numbers (into TrainingData) of this query's candidates. */
  rows: Int32Array;
  labels: Float64Array;
  /** The ideal DCG@k the metric divides by (from every judged product of the query, not only these rows). */
  idealDcg: number;
  weight: number;
}

export interface TrainingData {
  featureCount: number;
  /** Row-major feature values, rowCount × featureCount. */
  x: Float64Array;
  /** The score each row starts from (the linear strategy's). */
  base: Float64Array;
  groups: RankGroup[];
}

export interface LambdaMartParams {
  trees: number;
  leaves: number;
  learningRate: number;
  minLeafRows: number;
  l2: number;
  bins: number;
  k: number;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number, k: number) => (rank < k ? 1 / Math.log2(rank + 2) : 0);

/** Split points per feature: midpoints between quantiles of its distinct values (midpoints, so rounding of
 *  the stored values cannot move a serving-time value across a split). */
function splitPoints(data: TrainingData, rowCount: number, bins: number): number[][] {
  const F = data.featureCount;
  const step = Math.max(1, Math.floor(rowCount / 200_000));
  return Array.from({ length: F }, (_, f) => {
    const sample: number[] = [];
    for (let r = 0; r < rowCount; r += step) sample.push(data.x[r * F + f]!);
    sample.sort((a, b) => a - b);
    const distinct = sample.filter((v, i) => i === 0 || v !== sample[i - 1]);
    const picked: number[] = [];
    for (let b = 1; b < bins; b++) {
      const at = Math.floor((b * sample.length) / bins);
      const v = sample[at]!;
      if (picked.length === 0 || v > picked[picked.length - 1]!) picked.push(v);
    }
    // A split at value v sends v and below left: the midpoint up to the next distinct value.
    return picked.flatMap((v) => {
      const next = distinct.find((d) => d > v);
      return next === undefined ? [] : [(v + next) / 2];
    });
  });
}

function binRows(data: TrainingData, rowCount: number, points: number[][]): Uint8Array {
  const F = data.featureCount;
  const out = new Uint8Array(rowCount * F);
  for (let r = 0; r < rowCount; r++)
    for (let f = 0; f < F; f++) {
      const v = data.x[r * F + f]!;
      const p = points[f]!;
      let lo = 0;
      let hi = p.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= p[mid]!) hi = mid;
        else lo = mid + 1;
      }
      out[r * F + f] = lo;
    }
  return out;
}

/** Lambda gradients and their second derivatives for one group at the current scores. */
function lambdas(group: RankGroup, scores: Float64Array, g: Float64Array, h: Float64Array, k: number) {
  const n = group.rows.length;
  if (group.idealDcg <= 0 || n < 2) return;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => scores[group.rows[b]!]! - scores[group.rows[a]!]!,
  );
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  for (let i = 0; i < n; i++) {
    const li = group.labels[i]!;
    if (li <= 0) continue;
    for (let j = 0; j < n; j++) {
      const lj = group.labels[j]!;
      if (lj >= li) continue;
      const ri = rank[i]!;
      const rj = rank[j]!;
      if (ri >= k && rj >= k) continue;
      const delta =
        (Math.abs(gain(li) - gain(lj)) * Math.abs(discount(ri, k) - discount(rj, k))) / group.idealDcg;
      const si = scores[group.rows[i]!]!;
      const sj = scores[group.rows[j]!]!;
      const rho = 1 / (1 + Math.exp(si - sj));
      const lambda = group.weight * rho * delta;
      const hess = group.weight * rho * (1 - rho) * delta;
      g[group.rows[i]!]! += lambda;
      g[group.rows[j]!]! -= lambda;
      h[group.rows[i]!]! += hess;
      h[group.rows[j]!]! += hess;
    }
  }
}

interface Leaf {
  node: number;
  rows: Int32Array;
  hist: Float64Array;
  split?: { gain: number; feature: number; bin: number };
}

/** Trains trees on top of `data.base`; returns them with split thresholds in feature units. */
export function trainLambdaMart(
  data: TrainingData,
  params: LambdaMartParams,
  log: (tree: number) => void = () => {},
): RegressionTree[] {
  const F = data.featureCount;
  const rowCount = data.base.length;
  const points = splitPoints(data, rowCount, params.bins);
  const binned = binRows(data, rowCount, points);
  const B = params.bins;
  const scores = Float64Array.from(data.base);
  const g = new Float64Array(rowCount);
  const h = new Float64Array(rowCount);
  const used = new Int32Array(data.groups.reduce((n, gr) => n + gr.rows.length, 0));
  let at = 0;
  for (const gr of data.groups) for (const r of gr.rows) used[at++] = r;
  const trees: RegressionTree[] = [];

  const histogram = (rows: Int32Array): Float64Array => {
    const hist = new Float64Array(F * B * 3);
    for (const r of rows) {
      const gr = g[r]!;
      const hr = h[r]!;
      const base = r * F;
      for (let f = 0; f < F; f++) {
        const idx = (f * B + binned[base + f]!) * 3;
        hist[idx]! += gr;
        hist[idx + 1]! += hr;
        hist[idx + 2]! += 1;
      }
    }
    return hist;
  };
  const bestSplit = (leaf: Leaf) => {
    let G = 0;
    let H = 0;
    for (let b = 0; b < B; b++) {
      G += leaf.hist[b * 3]!;
      H += leaf.hist[b * 3 + 1]!;
    }
    const parent = (G * G) / (H + params.l2);
    let best: Leaf['split'];
    for (let f = 0; f < F; f++) {
      let gl = 0;
      let hl = 0;
      let nl = 0;
      for (let b = 0; b < points[f]!.length; b++) {
        const idx = (f * B + b) * 3;
        gl += leaf.hist[idx]!;
        hl += leaf.hist[idx + 1]!;
        nl += leaf.hist[idx + 2]!;
        const nr = leaf.rows.length - nl;
        if (nl < params.minLeafRows || nr < params.minLeafRows) continue;
        const gr = G - gl;
        const hr = H - hl;
        const gainHere = (gl * gl) / (hl + params.l2) + (gr * gr) / (hr + params.l2) - parent;
        if (gainHere > (best?.gain ?? 1e-12)) best = { gain: gainHere, feature: f, bin: b };
      }
    }
    leaf.split = best;
  };

  for (let t = 0; t < params.trees; t++) {
    g.fill(0);
    h.fill(0);
    for (const group of data.groups) lambdas(group, scores, g, h, params.k);
    const tree: RegressionTree = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0] };
    const root: Leaf = { node: 0, rows: used, hist: histogram(used) };
    bestSplit(root);
    const leaves: Leaf[] = [root];
    while (leaves.length < params.leaves) {
      let pick = -1;
      leaves.forEach((l, i) => {
        if (l.split && (pick < 0 || l.split.gain > leaves[pick]!.split!.gain)) pick = i;
      });
      if (pick < 0) break;
      const leaf = leaves[pick]!;
      const { feature, bin } = leaf.split!;
      const leftRows: number[] = [];
      const rightRows: number[] = [];
      for (const r of leaf.rows) (binned[r * F + feature]! <= bin ? leftRows : rightRows).push(r);
      const nodeLeft = tree.feature.length;
      for (let i = 0; i < 2; i++) {
        tree.feature.push(-1);
        tree.threshold.push(0);
        tree.left.push(-1);
        tree.right.push(-1);
        tree.value.push(0);
      }
      tree.feature[leaf.node] = feature;
      tree.threshold[leaf.node] = points[feature]![bin]!;
      tree.left[leaf.node] = nodeLeft;
      tree.right[leaf.node] = nodeLeft + 1;
      // Histogram the smaller child; the larger is the parent's minus it.
      const small = leftRows.length <= rightRows.length ? leftRows : rightRows;
      const smallHist = histogram(Int32Array.from(small));
      const bigHist = leaf.hist.map((v, i) => v - smallHist[i]!);
      const left: Leaf = {
        node: nodeLeft,
        rows: Int32Array.from(leftRows),
        hist: small === leftRows ? smallHist : bigHist,
      };
      const right: Leaf = {
        node: nodeLeft + 1,
        rows: Int32Array.from(rightRows),
        hist: small === leftRows ? bigHist : smallHist,
      };
      bestSplit(left);
      bestSplit(right);
      leaves.splice(pick, 1, left, right);
    }
    for (const leaf of leaves) {
      let G = 0;
      let H = 0;
      for (const r of leaf.rows) {
        G += g[r]!;
        H += h[r]!;
      }
      const value = (params.learningRate * G) / (H + params.l2);
      tree.value[leaf.node] = Math.round(value * 1e6) / 1e6;
      for (const r of leaf.rows) scores[r]! += tree.value[leaf.node]!;
    }
    trees.push(tree);
    log(t);
  }
  return trees;
}

import type { ItemScores } from './item-scores.ts';
import type { Session } from './types.ts';

/**
 * Per generator: its score relative to its best candidate, the reciprocal of its rank (0 when unranked) and the
 * log of the raw score, which tells strong evidence from weak evidence that merely happens to be the best.
 */
export const featuresPerGenerator = 3;
/** Repeat behaviour and popularity, which no generator models directly. */
const sessionFeatures = [
  'inPrefix',
  'shareOfPrefix',
  'recencyInPrefix',
  'isLastItem',
  'popularity',
  'recentPopularity',
  'repeatPropensity',
  'prefixLength',
  'distinctShareOfPrefix',
];

/** What the features need to know about items from the training sessions. */
export interface ItemStatistics {
  logFrequencies: Float32Array;
  /** log(1 + occurrences in the latest sessions), divided by its maximum: what is trending now. */
  recentPopularity: Float32Array;
  /** Share of the sessions containing the item in which it occurs more than once (smoothed). */
  repeatPropensity: Float32Array;
}

/**
 * Share of the (time-ordered) sessions counted as recent. Sessions files list sessions oldest first; in
 * validation runs the latest tenth predicted the next sessions' items 2x (diginetica) to 2.3x (yoochoose)
 * better than all-time popularity.
 */
const recentShare = 0.1;

export function itemStatistics(sessions: readonly (readonly number[])[], itemCount: number): ItemStatistics {
  const frequencies = new Float64Array(itemCount);
  const recentFrequencies = new Float64Array(itemCount);
  const recentFrom = Math.floor(sessions.length * (1 - recentShare));
  sessions.forEach((session, index) => {
    if (index >= recentFrom) for (const item of session) recentFrequencies[item]!++;
  });
  const maxRecent = Math.log1p(recentFrequencies.reduce((max, count) => Math.max(max, count), 0)) || 1;
  const sessionsWith = new Float64Array(itemCount);
  const sessionsRepeating = new Float64Array(itemCount);
  for (const session of sessions) {
    const counts = new Map<number, number>();
    for (const item of session) counts.set(item, (counts.get(item) ?? 0) + 1);
    for (const [item, count] of counts) {
      frequencies[item]! += count;
      sessionsWith[item]!++;
      if (count > 1) sessionsRepeating[item]!++;
    }
  }
  let repeating = 0;
  let total = 0;
  sessionsWith.forEach((count, item) => {
    total += count;
    repeating += sessionsRepeating[item]!;
  });
  // Items seen in few sessions shrink toward the catalogue-wide rate instead of claiming 0 or 1.
  const prior = total > 0 ? repeating / total : 0;
  const priorWeight = 5;
  return {
    logFrequencies: Float32Array.from(frequencies, (count) => Math.log1p(count)),
    recentPopularity: Float32Array.from(recentFrequencies, (count) => Math.log1p(count) / maxRecent),
    repeatPropensity: Float32Array.from(
      sessionsWith,
      (count, item) => (sessionsRepeating[item]! + prior * priorWeight) / (count + priorWeight),
    ),
  };
}

export function candidateFeatureCount(generatorCount: number): number {
  return generatorCount * featuresPerGenerator + sessionFeatures.length;
}

/** One query's candidates with their features laid out row by row. */
export interface CandidateList {
  items: number[];
  features: Float32Array;
}

/**
 * Gathers the candidates of one query (each generator's top list plus every item already in the prefix, since
 * shoppers often go back to one) and describes each with numbers a learned ranker can compare across queries:
 * scores are divided by the query's best score so their scale does not depend on how much data a generator saw.
 */
export function buildCandidateList(
  prefix: Session,
  generatorScores: readonly ItemScores[],
  generatorTopLists: readonly number[][],
  statistics: ItemStatistics,
): CandidateList {
  const { logFrequencies, recentPopularity, repeatPropensity } = statistics;
  const itemCount = logFrequencies.length;
  const items: number[] = [];
  const listed = new Set<number>();
  const consider = (item: number): void => {
    if (item < itemCount && !listed.has(item)) {
      listed.add(item);
      items.push(item);
    }
  };
  for (const top of generatorTopLists) top.forEach(consider);
  prefix.forEach(consider);

  const lastPosition = new Map<number, number>();
  const occurrences = new Map<number, number>();
  prefix.forEach((item, position) => {
    lastPosition.set(item, position);
    occurrences.set(item, (occurrences.get(item) ?? 0) + 1);
  });
  const maxLogFrequency = logFrequencies.reduce((max, value) => Math.max(max, value), 1e-9);
  const featureCount = candidateFeatureCount(generatorScores.length);
  const features = new Float32Array(items.length * featureCount);
  const ranks = generatorTopLists.map((top) => new Map(top.map((item, rank) => [item, rank])));
  const bestScores = generatorTopLists.map((top, g) =>
    top.length > 0 ? generatorScores[g]!.get(top[0]!) : 0,
  );

  items.forEach((item, row) => {
    let f = row * featureCount;
    generatorScores.forEach((scores, g) => {
      const best = bestScores[g]!;
      features[f++] = best > 0 ? scores.get(item) / best : 0;
      const rank = ranks[g]!.get(item);
      features[f++] = rank === undefined ? 0 : 1 / (1 + rank);
      features[f++] = Math.log1p(Math.max(0, scores.get(item)));
    });
    const position = lastPosition.get(item);
    features[f++] = position === undefined ? 0 : 1;
    features[f++] = (occurrences.get(item) ?? 0) / prefix.length;
    features[f++] = position === undefined ? 0 : 1 / (prefix.length - position);
    features[f++] = position === prefix.length - 1 ? 1 : 0;
    features[f++] = logFrequencies[item]! / maxLogFrequency;
    features[f++] = recentPopularity[item]!;
    features[f++] = repeatPropensity[item]!;
    features[f++] = Math.log(prefix.length);
    features[f++] = lastPosition.size / prefix.length;
  });
  return { items, features };
}

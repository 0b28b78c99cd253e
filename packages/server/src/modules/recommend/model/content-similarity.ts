import type { CatalogueItem } from './catalogue.ts';
import type { Neighbour } from './neighbours.ts';
import { topNeighbours } from './neighbours.ts';

// How much each kind of shared trait says about two products being alike.
const CATEGORY_WEIGHT = 3;
const PARENT_CATEGORY_WEIGHT = 1;
const BRAND_WEIGHT = 1.5;
const WORD_WEIGHT = 1;
// A feature shared by more than this share of the catalogue says little and costs a lot to compare on.
const MAX_FEATURE_SHARE = 0.3;

function featuresOf(item: CatalogueItem): Map<string, number> {
  const features = new Map<string, number>();
  item.categoryPath.forEach((id, depth) =>
    features.set(`c:${id}`, depth === 0 ? CATEGORY_WEIGHT : PARENT_CATEGORY_WEIGHT),
  );
  if (item.brandId) features.set(`b:${item.brandId}`, BRAND_WEIGHT);
  for (const word of item.words) features.set(`w:${word}`, WORD_WEIGHT);
  return features;
}

/**
 * Products alike in category, brand, tags, attributes and title words: TF-IDF weighted cosine over an
 * inverted index, so it costs the pairs that share a feature rather than every pair. This is what lets a
 * product nobody has seen yet be recommended next to the ones it resembles.
 */
export function contentNeighbours(items: readonly CatalogueItem[], perItem: number): Neighbour[][] {
  const vectors = items.map(featuresOf);
  const df = new Map<string, number>();
  for (const v of vectors) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const maxDf = Math.max(2, Math.ceil(items.length * MAX_FEATURE_SHARE));
  const postings = new Map<string, Array<[number, number]>>();
  const norms = new Float64Array(items.length);
  vectors.forEach((v, i) => {
    let norm = 0;
    for (const [f, w] of v) {
      const idf = Math.log(1 + items.length / (df.get(f) ?? 1));
      const weight = w * idf;
      v.set(f, weight);
      norm += weight * weight;
      if ((df.get(f) ?? 0) <= maxDf) {
        let list = postings.get(f);
        if (!list) postings.set(f, (list = []));
        list.push([i, weight]);
      }
    }
    norms[i] = Math.sqrt(norm) || 1;
  });
  const scores = new Float64Array(items.length);
  return vectors.map((v, i) => {
    const touched: number[] = [];
    for (const [f, w] of v) {
      for (const [j, wj] of postings.get(f) ?? []) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += w * wj;
      }
    }
    const found = touched.map((j) => ({ index: j, score: scores[j]! / (norms[i]! * norms[j]!) }));
    for (const j of touched) scores[j] = 0;
    return topNeighbours(found, perItem);
  });
}

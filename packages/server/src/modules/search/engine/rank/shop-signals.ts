import type { SearchDocument } from '../document.ts';

const DAY_MS = 86_400_000;
// A product's rating counts fully only after this many reviews (a Bayesian average toward the middle).
const RATING_PRIOR_COUNT = 5;
const RATING_PRIOR = 3.5;
const FRESHNESS_HALF_LIFE_DAYS = 60;

/** Popularity, rating and freshness of each candidate, scaled 0..1 within the candidate list. */
export function shopSignals(docs: readonly SearchDocument[], now: number) {
  const maxSales = Math.max(0, ...docs.map((d) => d.sales ?? 0));
  return docs.map((doc) => {
    const count = doc.ratingCount ?? 0;
    const rating =
      doc.rating === undefined
        ? 0
        : (doc.rating * count + RATING_PRIOR * RATING_PRIOR_COUNT) / (count + RATING_PRIOR_COUNT) / 5;
    const ageDays = doc.createdAt === undefined ? Infinity : Math.max(0, (now - doc.createdAt) / DAY_MS);
    return {
      popularity: maxSales > 0 ? Math.log1p(doc.sales ?? 0) / Math.log1p(maxSales) : 0,
      rating,
      freshness: Number.isFinite(ageDays) ? 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS) : 0,
    };
  });
}

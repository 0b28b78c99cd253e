export interface QueryOutcome {
  /** The system's ranking over the whole corpus, best first. */
  full: readonly string[];
  /** The system's ranking of the judged products only. */
  judged: readonly string[];
}

export interface MetricTotals {
  'nDCG@10': number;
  'nDCG@10 judged': number;
  'MRR@10': number;
  'P@10': number;
  'zero-result rate': number;
}

export const METRIC_NAMES: readonly (keyof MetricTotals)[] = [
  'nDCG@10',
  'nDCG@10 judged',
  'MRR@10',
  'P@10',
  'zero-result rate',
];

const gain = (grade: number) => 2 ** grade - 1;

function dcg(ranking: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  let total = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++)
    total += gain(grades.get(ranking[i]!) ?? 0) / Math.log2(i + 2);
  return total;
}

export function ndcgAt(ranking: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  const ideal = [...grades.values()].sort((a, b) => b - a);
  let best = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) best += gain(ideal[i]!) / Math.log2(i + 2);
  return best === 0 ? 0 : dcg(ranking, grades, k) / best;
}

/**
 * Averages over the queries that have at least one product graded above zero (nDCG is undefined without one).
 * MRR and P@10 count a product as relevant when its grade is at least half the dataset's top grade.
 */
export function summarise(
  outcomes: ReadonlyMap<string, QueryOutcome>,
  judgments: ReadonlyMap<string, ReadonlyMap<string, number>>,
  maxGrade: number,
): MetricTotals {
  const threshold = maxGrade / 2;
  const totals = { ndcg: 0, judged: 0, mrr: 0, p10: 0, zero: 0 };
  let counted = 0;
  for (const [qid, outcome] of outcomes) {
    const grades = judgments.get(qid);
    if (!grades || ![...grades.values()].some((g) => g > 0)) continue;
    counted += 1;
    totals.ndcg += ndcgAt(outcome.full, grades);
    totals.judged += ndcgAt(outcome.judged, grades);
    const top = outcome.full.slice(0, 10);
    const firstRelevant = top.findIndex((id) => (grades.get(id) ?? 0) >= threshold);
    totals.mrr += firstRelevant >= 0 ? 1 / (firstRelevant + 1) : 0;
    totals.p10 += top.filter((id) => (grades.get(id) ?? 0) >= threshold).length / 10;
    if (outcome.full.length === 0) totals.zero += 1;
  }
  const mean = (x: number) => (counted === 0 ? 0 : x / counted);
  return {
    'nDCG@10': mean(totals.ndcg),
    'nDCG@10 judged': mean(totals.judged),
    'MRR@10': mean(totals.mrr),
    'P@10': mean(totals.p10),
    'zero-result rate': mean(totals.zero),
  };
}

/** Keeps a full ranking's judged products in order, then the judged products it never returned. */
export function condenseToJudged(ranking: readonly string[], judged: readonly string[]): string[] {
  const wanted = new Set(judged);
  const out = ranking.filter((id) => wanted.has(id));
  const seen = new Set(out);
  for (const id of judged) if (!seen.has(id)) out.push(id);
  return out;
}

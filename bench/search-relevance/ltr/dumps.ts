// Reads the files dump-features.ts writes, with the dataset's judgements, into queries the trainer and the
// offline evaluator share.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_RANKING_WEIGHTS } from '../../../packages/server/src/modules/search/index.ts';
import { readDataset } from '../dataset.ts';
import { ndcgAt } from '../metrics.ts';
import { foldOf } from './folds.ts';

export interface Candidates {
  ids: string[];
  /** Row-major features, ids.length × featureCount, in FEATURE order. */
  x: Float64Array;
  /** Ids the search returned after these (not re-ranked: the judged products the words missed). */
  after: string[];
}

export interface DumpedQuery {
  dataset: string;
  qid: string;
  text: string;
  fold: number;
  grades: ReadonlyMap<string, number>;
  judgedIds: string[];
  full: Candidates;
  judged: Candidates;
}

export const FEATURES = Object.keys(DEFAULT_RANKING_WEIGHTS) as (keyof typeof DEFAULT_RANKING_WEIGHTS)[];

type Row = [string, ...number[]];

function candidates(rows: Row[], order: string[]): Candidates {
  const F = FEATURES.length;
  const x = new Float64Array(rows.length * F);
  rows.forEach((row, r) => {
    for (let f = 0; f < F; f++) x[r * F + f] = Number(row[f + 1] ?? 0);
  });
  const ids = rows.map((r) => r[0]);
  const seen = new Set(ids);
  return { ids, x, after: order.filter((id) => !seen.has(id)) };
}

/** Every dumped query of a dataset that has a product graded above zero (the metric skips the others). */
export async function readDumps(datasetDir: string, files: readonly string[]): Promise<DumpedQuery[]> {
  const dataset = await readDataset(datasetDir);
  const out: DumpedQuery[] = [];
  for (const file of files) {
    let header = true;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (header) {
        header = false;
        if (JSON.stringify(parsed.features) !== JSON.stringify(FEATURES))
          throw new Error(`${file} was dumped with other features; dump it again`);
        continue;
      }
      const qid = parsed.qid as string;
      const grades = dataset.judgments.get(qid);
      if (!grades || ![...grades.values()].some((g) => g > 0)) continue;
      const text = parsed.text as string;
      out.push({
        dataset: dataset.name,
        qid,
        text,
        fold: foldOf(text),
        grades,
        judgedIds: [...grades.keys()],
        full: candidates(parsed.full as Row[], parsed.fullOrder as string[]),
        judged: candidates(parsed.judged as Row[], parsed.judgedOrder as string[]),
      });
    }
  }
  return out;
}

/** Orders candidates by score (first-stage order breaks ties, as the engine's slot order nearly does). */
export function rankBy(c: Candidates, score: (x: Float64Array, row: number) => number): string[] {
  const s = c.ids.map((_, r) => score(c.x, r));
  const order = c.ids.map((_, r) => r).sort((a, b) => s[b]! - s[a]! || a - b);
  return [...order.map((r) => c.ids[r]!), ...c.after];
}

/** nDCG@10 full and judged-only of one query under a scoring function, as the bench computes them. */
export function queryNdcg(q: DumpedQuery, score: (x: Float64Array, row: number) => number) {
  const full = rankBy(q.full, score).slice(0, 10);
  const judgedSet = new Set(q.judgedIds);
  const judged = rankBy(q.judged, score).filter((id) => judgedSet.has(id));
  const seen = new Set(judged);
  for (const id of q.judgedIds) if (!seen.has(id)) judged.push(id);
  return { full: ndcgAt(full, q.grades), judged: ndcgAt(judged, q.grades) };
}

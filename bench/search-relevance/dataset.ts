import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** One corpus line as the dataset writes it: id, title, description, and whatever else it carries. */
export interface CorpusRecord {
  id: string;
  title: string;
  description: string;
  /** Every other field, untouched; systems decide what to make of them. */
  extra: Record<string, unknown>;
}

export interface RelevanceDataset {
  name: string;
  corpus: CorpusRecord[];
  queries: { id: string; text: string }[];
  /** qid -> docid -> graded gain (0 = not relevant). */
  judgments: Map<string, Map<string, number>>;
  maxGrade: number;
}

async function* lines(path: string): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Infinity }))
    if (line.trim() !== '') yield line;
}

function locate(dir: string, name: string): string {
  for (const candidate of [join(dir, name), join(dir, `${name}.gz`)])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${dir} has neither ${name} nor ${name}.gz`);
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export async function readDataset(dir: string): Promise<RelevanceDataset> {
  const corpus: CorpusRecord[] = [];
  for await (const line of lines(locate(dir, 'corpus.jsonl'))) {
    const { id, title, description, ...extra } = JSON.parse(line) as Record<string, unknown>;
    corpus.push({ id: String(id), title: text(title), description: text(description), extra });
  }
  const queries: { id: string; text: string }[] = [];
  for await (const line of lines(locate(dir, 'queries.tsv'))) {
    const [id, query] = line.split('\t');
    if (id && query) queries.push({ id, text: query });
  }
  const judgments = new Map<string, Map<string, number>>();
  let maxGrade = 0;
  let header = true;
  for await (const line of lines(locate(dir, 'qrels.tsv'))) {
    if (header) {
      header = false;
      if (/^qid\t/i.test(line)) continue;
    }
    const [qid, docid, grade] = line.split('\t');
    if (!qid || !docid || grade === undefined) continue;
    const g = Number(grade);
    maxGrade = Math.max(maxGrade, g);
    let forQuery = judgments.get(qid);
    if (!forQuery) judgments.set(qid, (forQuery = new Map()));
    forQuery.set(docid, g);
  }
  const name = dir.replace(/\/+$/, '').split('/').pop() ?? dir;
  return { name, corpus, queries, judgments, maxGrade };
}

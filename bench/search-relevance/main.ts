import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDataset, type RelevanceDataset } from './dataset.ts';
import {
  METRIC_NAMES,
  condenseToJudged,
  summarise,
  type MetricTotals,
  type QueryOutcome,
} from './metrics.ts';
import { createSystem, SYSTEM_NAMES } from './systems/index.ts';
import type { RelevanceSystem } from './systems/system.ts';
import { formatTable } from './report.ts';

const DEFAULT_REPORT = fileURLToPath(new URL('../../docs/benchmarks/search-relevance.md', import.meta.url));

// Peers answer with a ranked list this deep; their judged-only ranking is that list condensed to judged products.
const DEPTH = 1000;

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', multiple: true },
    json: { type: 'string' },
    // Where the results table goes; "-" for nowhere. The default is the committed report.
    markdown: { type: 'string', default: DEFAULT_REPORT },
    systems: { type: 'string' },
    'max-queries': { type: 'string' },
    // Rows of an earlier run (its --json file) to reuse instead of running those systems again, so a long run can be
    // split across processes: e.g. the peers of a large set once, Hexamall after each change. A file written for
    // one dataset names it: --merge homedepot=peers.json.
    merge: { type: 'string', multiple: true },
    // Evaluate only every n-th query starting at k ("k/n"), for splitting a large set across processes; --merge
    // then combines the shards' rows, weighting each by its query count.
    shard: { type: 'string' },
  },
});

/** A table row; `queries` (how many judged queries it averages) lets shards of one run be combined. */
type Row = MetricTotals & { 'index s': number; 'ms/query': number; queries?: number };

function combine(rows: readonly Row[]): Row {
  if (rows.length === 1) return rows[0]!;
  const weights = rows.map((r) => r.queries ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0)
    throw new Error('rows to combine must say how many queries they average (--shard runs do)');
  const mean = (key: keyof MetricTotals | 'ms/query') =>
    rows.reduce((sum, r, i) => sum + r[key] * weights[i]!, 0) / total;
  return {
    'nDCG@10': mean('nDCG@10'),
    'nDCG@10 judged': mean('nDCG@10 judged'),
    'MRR@10': mean('MRR@10'),
    'P@10': mean('P@10'),
    'zero-result rate': mean('zero-result rate'),
    'ms/query': mean('ms/query'),
    'index s': Math.max(...rows.map((r) => r['index s'])),
    queries: total,
  };
}

/** An earlier --json file as dataset -> system -> row; `name=file` for a file written for one dataset. */
function readEarlier(spec: string): Record<string, Record<string, Row>> {
  const at = spec.indexOf('=');
  const file = at > 0 ? spec.slice(at + 1) : spec;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (at > 0) return { [spec.slice(0, at)]: raw as Record<string, Row> };
  return raw as Record<string, Record<string, Row>>;
}

async function evaluate(
  system: RelevanceSystem,
  dataset: RelevanceDataset,
  maxQueries: number,
  shard: { k: number; n: number },
) {
  const started = performance.now();
  await system.index(dataset.corpus);
  const indexedMs = performance.now() - started;
  const outcomes = new Map<string, QueryOutcome>();
  const queries = dataset.queries.slice(0, maxQueries).filter((_, i) => i % shard.n === shard.k);
  for (const query of queries) {
    const judged = [...(dataset.judgments.get(query.id)?.keys() ?? [])];
    // Metrics read the top 10; a deeper list is only needed to condense for systems that cannot re-rank.
    const full = await system.search(query.text, system.rankWithin ? 10 : DEPTH);
    const ranked = system.rankWithin ? await system.rankWithin(query.text, judged) : full;
    outcomes.set(query.id, { full, judged: condenseToJudged(ranked, judged) });
  }
  const queryMs = (performance.now() - started - indexedMs) / Math.max(1, outcomes.size);
  await system.close?.();
  const counted = [...outcomes.keys()].filter((qid) =>
    [...(dataset.judgments.get(qid)?.values() ?? [])].some((g) => g > 0),
  ).length;
  return { metrics: summarise(outcomes, dataset.judgments, dataset.maxGrade), indexedMs, queryMs, counted };
}

async function main() {
  const dirs = values.dataset ?? [];
  if (dirs.length === 0) {
    console.error('usage: npm run bench -- search-relevance --dataset DIR [--dataset DIR] [--json FILE]');
    process.exit(2);
  }
  const wanted = values.systems ? values.systems.split(',') : SYSTEM_NAMES;
  const maxQueries = values['max-queries'] ? Number(values['max-queries']) : Infinity;
  const results: Record<string, Record<string, Row>> = {};
  const earlier = (values.merge ?? []).map(readEarlier);
  const [k = 0, n = 1] = (values.shard ?? '0/1').split('/').map(Number);
  if (!(n >= 1 && k >= 0 && k < n)) throw new Error('--shard is k/n with 0 <= k < n');
  const merged: string[] = [];
  for (const dir of dirs) {
    const dataset = await readDataset(dir);
    console.log(`${dataset.name}: ${dataset.corpus.length} products, ${dataset.queries.length} queries`);
    results[dataset.name] = {};
    for (const name of wanted) {
      const system = createSystem(name);
      const rows = earlier.flatMap((e) => e[dataset.name]?.[system.name] ?? []);
      if (rows.length > 0) {
        results[dataset.name]![system.name] = combine(rows);
        merged.push(`${system.name} on ${dataset.name}`);
        console.log(`  ${system.name.padEnd(22)} (from an earlier run)`);
        continue;
      }
      const { metrics, indexedMs, queryMs, counted } = await evaluate(system, dataset, maxQueries, { k, n });
      results[dataset.name]![system.name] = {
        ...metrics,
        'index s': indexedMs / 1000,
        'ms/query': queryMs,
        queries: counted,
      };
      console.log(
        `  ${system.name.padEnd(22)} ${METRIC_NAMES.map((m) => `${m} ${metrics[m].toFixed(4)}`).join('  ')}` +
          `  (index ${(indexedMs / 1000).toFixed(1)} s, ${queryMs.toFixed(1)} ms/query)`,
      );
    }
  }
  const table = formatTable(results);
  console.log(`\n${table}`);
  if (values.json) {
    mkdirSync(dirname(values.json), { recursive: true });
    // One dataset: {system: {metric: value}}; several: keyed by dataset first.
    const only = Object.values(results);
    writeFileSync(values.json, JSON.stringify(only.length === 1 ? only[0] : results, null, 2));
  }
  if (values.markdown && values.markdown !== '-') {
    mkdirSync(dirname(values.markdown), { recursive: true });
    writeFileSync(values.markdown, reportPage(table, dirs, merged, values.merge ?? []));
  }
}

function reportPage(
  table: string,
  dirs: readonly string[],
  merged: readonly string[],
  files: readonly string[],
): string {
  const earlier =
    merged.length > 0
      ? [
          `Rows taken from an earlier run of the same bench (${files.map((f) => `--merge ${f}`).join(' ')}): ` +
            `${merged.join(', ')}.`,
        ]
      : [];
  return [
    '# Search relevance benchmark',
    '',
    'Generated by `npm run bench -- search-relevance` ' +
      `(${dirs.map((d) => `--dataset ${d}`).join(' ')}) on ${new Date().toISOString().slice(0, 10)}.`,
    ...earlier,
    'nDCG@10 uses gain 2^grade - 1; "judged" re-ranks only the judged products of each query. MRR@10 and P@10',
    "count a product as relevant when its grade is at least half the dataset's top grade. Queries without any",
    'product graded above zero are left out. Context and the choices behind these numbers: docs/decisions/0003-search.md.',
    '',
    table,
  ].join('\n');
}

await main();

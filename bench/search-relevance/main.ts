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
    // Results of an earlier run (its --json file, one dataset or several) for systems not run now: a long run can
    // be split across processes, e.g. the peers of a large set once and Hexamall after each change.
    merge: { type: 'string', multiple: true },
  },
});

type Row = MetricTotals & { 'index s': number; 'ms/query': number };

/** An earlier --json file as dataset -> system -> row (a one-dataset file is keyed by system only). */
function readEarlier(file: string, datasets: readonly string[]): Record<string, Record<string, Row>> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  const oneDataset = Object.values(raw).every((v) => typeof v === 'object' && v !== null && 'nDCG@10' in v);
  if (!oneDataset) return raw as Record<string, Record<string, Row>>;
  if (datasets.length !== 1) throw new Error(`${file} holds one dataset; name it with a single --dataset`);
  return { [datasets[0]!]: raw as Record<string, Row> };
}

async function evaluate(system: RelevanceSystem, dataset: RelevanceDataset, maxQueries: number) {
  const started = performance.now();
  await system.index(dataset.corpus);
  const indexedMs = performance.now() - started;
  const outcomes = new Map<string, QueryOutcome>();
  for (const query of dataset.queries.slice(0, maxQueries)) {
    const judged = [...(dataset.judgments.get(query.id)?.keys() ?? [])];
    // Metrics read the top 10; a deeper list is only needed to condense for systems that cannot re-rank.
    const full = await system.search(query.text, system.rankWithin ? 10 : DEPTH);
    const ranked = system.rankWithin ? await system.rankWithin(query.text, judged) : full;
    outcomes.set(query.id, { full, judged: condenseToJudged(ranked, judged) });
  }
  const queryMs = (performance.now() - started - indexedMs) / Math.max(1, outcomes.size);
  await system.close?.();
  return { metrics: summarise(outcomes, dataset.judgments, dataset.maxGrade), indexedMs, queryMs };
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
  const names = dirs.map((d) => d.replace(/\/+$/, '').split('/').pop() ?? d);
  const earlier = (values.merge ?? []).map((f) => readEarlier(f, names));
  const merged: string[] = [];
  for (const dir of dirs) {
    const dataset = await readDataset(dir);
    console.log(`${dataset.name}: ${dataset.corpus.length} products, ${dataset.queries.length} queries`);
    results[dataset.name] = {};
    for (const name of SYSTEM_NAMES) {
      if (wanted.includes(name)) {
        const system = createSystem(name);
        const { metrics, indexedMs, queryMs } = await evaluate(system, dataset, maxQueries);
        results[dataset.name]![system.name] = {
          ...metrics,
          'index s': indexedMs / 1000,
          'ms/query': queryMs,
        };
        console.log(
          `  ${system.name.padEnd(22)} ${METRIC_NAMES.map((m) => `${m} ${metrics[m].toFixed(4)}`).join('  ')}` +
            `  (index ${(indexedMs / 1000).toFixed(1)} s, ${queryMs.toFixed(1)} ms/query)`,
        );
        continue;
      }
      const label = createSystem(name).name;
      const row = earlier.map((e) => e[dataset.name]?.[label]).find((r) => r !== undefined);
      if (row) {
        results[dataset.name]![label] = row;
        merged.push(`${label} on ${dataset.name}`);
        console.log(`  ${label.padEnd(22)} (from an earlier run)`);
      }
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

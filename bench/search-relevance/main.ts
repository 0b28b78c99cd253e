import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

// Peers answer with a ranked list this deep; their judged-only ranking is that list condensed to judged products.
const DEPTH = 1000;

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', multiple: true },
    json: { type: 'string' },
    markdown: { type: 'string' },
    systems: { type: 'string' },
    'max-queries': { type: 'string' },
  },
});

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
  const results: Record<
    string,
    Record<string, MetricTotals & { 'index s': number; 'ms/query': number }>
  > = {};
  for (const dir of dirs) {
    const dataset = await readDataset(dir);
    console.log(`${dataset.name}: ${dataset.corpus.length} products, ${dataset.queries.length} queries`);
    results[dataset.name] = {};
    for (const name of wanted) {
      const system = createSystem(name);
      const { metrics, indexedMs, queryMs } = await evaluate(system, dataset, maxQueries);
      results[dataset.name]![system.name] = { ...metrics, 'index s': indexedMs / 1000, 'ms/query': queryMs };
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
  if (values.markdown) {
    mkdirSync(dirname(values.markdown), { recursive: true });
    writeFileSync(values.markdown, table);
  }
}

await main();

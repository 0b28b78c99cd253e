import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runLeaveOneOutBenchmark } from './loo-benchmark.ts';
import { runRankerVariants } from './ranker-variants.ts';
import { goals, publishedLeaveOneOutResults, publishedSessionResults } from './published-results.ts';
import { findDatasetFile } from './read-datasets.ts';
import { formatTable, measuredJson, type ResultRow, writeReportSection } from './report.ts';
import { runSessionBenchmark } from './session-benchmark.ts';
import { StageTimer } from './stage-timer.ts';
import type { SessionEmbeddingOptions } from '../../packages/server/src/modules/recommend/engine/index.ts';

const usage = `Usage: npm run bench -- recs --dataset DIR [--json FILE] [--format sessions|loo] [--validation [--variants]] [--no-report]
  DIR holds train_sessions.txt[.gz] or train_augmented.tsv[.gz] plus test.tsv[.gz] (session format),
  or Beauty.txt[.gz] (leave-one-out format, detected automatically).
  --validation  evaluate on a split carved from the training data instead of the test data (for tuning)
  --variants    with --validation on session data: compare ranker variants on one set of fitted generators
                (takes --neural-budget and --neural-epochs too)
  --neural-budget N  with --validation: train the neural model on N examples instead of the default
  --neural-epochs N  with --validation: at most N passes over the training examples instead of the default
  --no-report   do not write docs/benchmarks/recs.md`;

const reportPath = fileURLToPath(new URL('../../docs/benchmarks/recs.md', import.meta.url));

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      dataset: { type: 'string' },
      json: { type: 'string' },
      format: { type: 'string' },
      validation: { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      variants: { type: 'boolean', default: false },
      'neural-budget': { type: 'string' },
      'neural-epochs': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.dataset) {
    process.stdout.write(`${usage}\n`);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const directory = resolve(values.dataset);
  const name = basename(directory);
  const format = values.format ?? (findDatasetFile(directory, 'Beauty.txt') ? 'loo' : 'sessions');
  if (format !== 'loo' && format !== 'sessions') throw new Error(`Unknown --format ${format}`);
  const validation = values.validation ?? false;
  const timer = new StageTimer();
  if (values.variants) {
    if (!validation || format !== 'sessions')
      throw new Error('--variants needs --validation and session data');
    const metrics = await runRankerVariants(
      directory,
      timer,
      neuralOptions(values['neural-budget'], values['neural-epochs'], true),
    );
    const rows = [...metrics].map(([system, m]) =>
      measured(system, { 'P@20': m.hitRate * 100, 'MRR@20': m.meanReciprocalRank * 100 }),
    );
    process.stdout.write(
      `\n${name} ranker variants (validation split)\n${formatTable(['P@20', 'MRR@20'], rows, 2)}\n`,
    );
    if (values.json) writeFileSync(values.json, JSON.stringify(measuredJson(rows), null, 2) + '\n');
    return;
  }

  let rows: ResultRow[];
  let metricNames: string[];
  let decimals: number;
  let description: string;
  if (format === 'loo') {
    const result = await runLeaveOneOutBenchmark(directory, validation, timer);
    metricNames = ['HR@10', 'NDCG@10'];
    decimals = 4;
    rows = [...result.metrics].map(([system, m]) =>
      measured(system, { 'HR@10': m.hitRate, 'NDCG@10': m.ndcg }),
    );
    if (!validation) {
      for (const [system, p] of Object.entries(publishedLeaveOneOutResults)) {
        rows.push({ system, source: 'published', values: { 'HR@10': p.hitRate, 'NDCG@10': p.ndcg } });
      }
    }
    description = `Leave-one-out, ${result.users} users, ranking all ${result.itemCount} items; HR@10 and NDCG@10 as fractions.`;
  } else {
    const neural = neuralOptions(values['neural-budget'], values['neural-epochs'], validation);
    const result = await runSessionBenchmark(directory, validation, timer, neural);
    metricNames = ['P@20', 'MRR@20'];
    decimals = 2;
    rows = [...result.metrics].map(([system, m]) =>
      measured(system, { 'P@20': m.hitRate * 100, 'MRR@20': m.meanReciprocalRank * 100 }),
    );
    if (!validation) {
      for (const [system, p] of Object.entries(publishedSessionResults[name] ?? {})) {
        rows.push({ system, source: 'published', values: { 'P@20': p.precision, 'MRR@20': p.mrr } });
      }
    }
    description =
      `SR-GNN protocol: ${result.queries} ${validation ? 'validation' : 'test'} rows, ${result.trainingSessions} ` +
      `training sessions, ranking all ${result.itemCount} items; P@20 and MRR@20 x 100.`;
  }

  const table = formatTable(metricNames, rows, decimals);
  const goal = goals[name];
  const blendRow = rows.find((row) => row.system === 'blend');
  const goalLine = goal
    ? `Goal: ${Object.entries(goal)
        .map(
          ([metric, target]) =>
            `${metric} >= ${target} (blend ${blendRow?.values[metric]?.toFixed(decimals) ?? '?'})`,
        )
        .join(', ')}`
    : '';
  const timing = `Run time: ${timer.stages.map((s) => `${s.stage} ${s.wallSeconds.toFixed(0)} s`).join(', ')}; total ${timer.totalWallSeconds.toFixed(0)} s wall, ${timer.totalCpuSeconds.toFixed(0)} s CPU (node ${process.version}, ${new Date().toISOString().slice(0, 10)}).`;
  const body = [description, '', table, '', goalLine, timing]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
  process.stdout.write(`\n${name}${validation ? ' (validation split)' : ''}\n${body}\n`);

  if (values.json) writeFileSync(values.json, JSON.stringify(measuredJson(rows), null, 2) + '\n');
  if (!values['no-report'])
    writeReportSection(reportPath, validation ? `${name} (validation split)` : name, body);
}

/** `--neural-budget` and `--neural-epochs` are for tuning only: the test protocol runs the shipped configuration. */
function neuralOptions(
  budget: string | undefined,
  epochs: string | undefined,
  validation: boolean,
): Partial<SessionEmbeddingOptions> {
  const options: Partial<SessionEmbeddingOptions> = {};
  for (const [name, value] of [
    ['exampleBudget', budget],
    ['epochs', epochs],
  ] as const) {
    if (value === undefined) continue;
    const number = Number(value);
    if (!validation || !(number > 0))
      throw new Error('--neural-budget and --neural-epochs need --validation and a positive number');
    options[name] = number;
  }
  return options;
}

function measured(system: string, values: Record<string, number>): ResultRow {
  return { system, source: 'measured', values };
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HexamallSearch } from '../search-relevance/systems/hexamall.ts';
import { FlexSearchSystem, MiniSearchSystem, OramaSystem } from '../search-relevance/systems/peers.ts';
import type { RelevanceSystem } from '../search-relevance/systems/system.ts';
import { homeDepotCatalogue, homeDepotQueries } from './catalogue.ts';

// `npm run bench -- search-speed`: index build time, memory and query latency of Hexamall's search against the
// embedded peers on one 100,000-product catalogue. Each system runs in its own child process, pinned to one core
// with taskset, so one system's garbage and JIT state never reach another's numbers.

const DEFAULT_REPORT = fileURLToPath(new URL('../../docs/benchmarks/search-speed.md', import.meta.url));
const DEFAULT_JSON = fileURLToPath(new URL('../../docs/benchmarks/search-speed.json', import.meta.url));
const HAND_WRITTEN = '## Where this stands';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: '../shared/datasets/search/homedepot' },
    size: { type: 'string', default: '100000' },
    warmup: { type: 'string', default: '500' },
    queries: { type: 'string', default: '3000' },
    page: { type: 'string', default: '20' },
    systems: { type: 'string', default: 'hexamall,orama,minisearch,flexsearch' },
    // The core the children are pinned to; "none" to run unpinned.
    cpu: { type: 'string', default: '1' },
    markdown: { type: 'string', default: DEFAULT_REPORT },
    json: { type: 'string', default: DEFAULT_JSON },
    // Internal: run one system in this process and write its row to --result.
    child: { type: 'string' },
    result: { type: 'string' },
  },
});

const SYSTEMS: Record<string, { make: () => RelevanceSystem; facetScope: string }> = {
  hexamall: { make: () => new HexamallSearch('shipped'), facetScope: HexamallSearch.facetScope },
  orama: { make: () => new OramaSystem(true), facetScope: OramaSystem.facetScope },
  minisearch: { make: () => new MiniSearchSystem(true), facetScope: MiniSearchSystem.facetScope },
  flexsearch: { make: () => new FlexSearchSystem(true), facetScope: FlexSearchSystem.facetScope },
};

/** What each system's query does besides matching, for the report. */
const QUERY_PATH: Record<string, string> = {
  hexamall:
    'query understanding, concepts (synonyms, spelling, compounds), BM25F over 6 fields, feedback terms, ' +
    'learned re-ranker (shipped model) over 200, facets, highlights of the page',
  orama: 'BM25 over title and description (title ×3), facets',
  minisearch: 'BM25 over title and description (title ×3), all matches returned',
  flexsearch: 'forward-tokenised match over title and description, merge + suggest, no scores',
};

interface Row {
  system: string;
  'build s': number;
  'heap MB': number;
  'RSS MB': number;
  'p50 ms': number;
  'p99 ms': number;
  'mean ms': number;
  'max ms': number;
  'mean hits': number;
  /** The machine's one-minute load average when the timed queries started and ended. */
  load: string;
  pinned: string;
  facets: string;
  query: string;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run children with --expose-gc');
  gc();
  gc();
}

async function runChild(name: string, out: string): Promise<void> {
  const spec = SYSTEMS[name];
  if (!spec) throw new Error(`unknown system ${name}`);
  const dir = resolve(values.dataset);
  const size = Number(values.size);
  const warmup = Number(values.warmup);
  const timed = Number(values.queries);
  const page = Number(values.page);
  const { records } = await homeDepotCatalogue(dir, size);
  const queries = homeDepotQueries(dir, warmup + timed);
  const system = spec.make();
  if (!system.searchFaceted) throw new Error(`${name} has no searchFaceted`);
  collect();
  const before = process.memoryUsage();
  const started = performance.now();
  await system.index(records);
  const buildMs = performance.now() - started;
  collect();
  const after = process.memoryUsage();
  for (const q of queries.slice(0, warmup)) await system.searchFaceted(q, page);
  const times = new Float64Array(timed);
  const loadBefore = loadavg()[0]!.toFixed(1);
  let hits = 0;
  for (let i = 0; i < timed; i++) {
    const q = queries[warmup + i]!;
    const t0 = performance.now();
    const result = await system.searchFaceted(q, page);
    times[i] = performance.now() - t0;
    hits += result.total;
  }
  const loadAfter = loadavg()[0]!.toFixed(1);
  times.sort();
  const at = (p: number) => times[Math.min(timed - 1, Math.ceil(p * timed) - 1)]!;
  const row: Row = {
    system: system.name,
    'build s': buildMs / 1000,
    'heap MB': mb(after.heapUsed - before.heapUsed),
    'RSS MB': mb(after.rss),
    'p50 ms': at(0.5),
    'p99 ms': at(0.99),
    'mean ms': times.reduce((a, b) => a + b, 0) / timed,
    'max ms': times[timed - 1]!,
    'mean hits': hits / timed,
    load: `${loadBefore} → ${loadAfter}`,
    pinned: process.env.SEARCH_SPEED_PINNED ?? 'no',
    facets: spec.facetScope,
    query: QUERY_PATH[name] ?? '',
  };
  writeFileSync(out, JSON.stringify(row));
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

function formatTable(rows: readonly Row[]): string {
  const cols = [
    'build s',
    'heap MB',
    'RSS MB',
    'p50 ms',
    'p99 ms',
    'mean ms',
    'max ms',
    'mean hits',
  ] as const;
  const out = [
    `| system | ${cols.join(' | ')} | load while timed |`,
    `|---|${cols.map(() => '---:').join('|')}|---|`,
  ];
  for (const r of rows) {
    const cells = cols.map((c) =>
      c === 'build s' || c.endsWith('MB') || c === 'mean hits' ? r[c].toFixed(1) : r[c].toFixed(2),
    );
    out.push(`| ${r.system} | ${cells.join(' | ')} | ${r.load ?? ''} |`);
  }
  return out.join('\n');
}

async function runParent(): Promise<void> {
  const names = values.systems.split(',');
  const pin = values.cpu !== 'none' && hasTaskset() ? values.cpu : undefined;
  if (values.cpu !== 'none' && !pin) console.warn('taskset not found: children run unpinned');
  const self = fileURLToPath(import.meta.url);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`load average at start: ${load}`);
  const rows: Row[] = [];
  const passOn = ['dataset', 'size', 'warmup', 'queries', 'page'] as const;
  for (const name of names) {
    const out = resolve(`/tmp/search-speed-${process.pid}-${name}.json`);
    const args = [
      ...process.execArgv.filter((a) => !a.startsWith('--cpu-prof')),
      '--expose-gc',
      self,
      '--child',
      name,
      '--result',
      out,
      ...passOn.flatMap((k) => [`--${k}`, values[k]]),
    ];
    const [command, argv] = pin
      ? ['taskset', ['-c', pin, process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawnSync(command, argv, {
      stdio: 'inherit',
      env: { ...process.env, SEARCH_SPEED_PINNED: pin ? `core ${pin}` : 'no' },
    });
    if (child.status !== 0 || !existsSync(out)) throw new Error(`${name} failed (${child.status})`);
    const row = JSON.parse(readFileSync(out, 'utf8')) as Row;
    rows.push(row);
    console.log(
      `  ${row.system.padEnd(14)} build ${row['build s'].toFixed(1)} s, heap +${row['heap MB'].toFixed(0)} MB, ` +
        `RSS ${row['RSS MB'].toFixed(0)} MB, p50 ${row['p50 ms'].toFixed(2)} ms, p99 ${row['p99 ms'].toFixed(2)} ms ` +
        `(load ${row.load})`,
    );
  }
  const loadAfter = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const table = formatTable(rows);
  console.log(`\n${table}\n\nload average at end: ${loadAfter}`);
  const run = {
    date: new Date().toISOString(),
    loadAtStart: load,
    loadAtEnd: loadAfter,
    pinned: pin ? `taskset -c ${pin}` : 'no',
    size: Number(values.size),
    warmup: Number(values.warmup),
    queries: Number(values.queries),
    page: Number(values.page),
    rows,
  };
  if (values.json && values.json !== '-') {
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify(run, null, 2)}\n`);
  }
  if (values.markdown && values.markdown !== '-') {
    const kept = existsSync(values.markdown) ? readFileSync(values.markdown, 'utf8') : '';
    const at = kept.indexOf(HAND_WRITTEN);
    mkdirSync(dirname(values.markdown), { recursive: true });
    writeFileSync(values.markdown, reportPage(table, rows, run) + (at >= 0 ? `\n${kept.slice(at)}` : ''));
  }
}

function reportPage(table: string, rows: readonly Row[], run: Record<string, unknown>): string {
  return [
    '# Search speed benchmark',
    '',
    `\`npm run bench -- search-speed\` on ${String(run.date).slice(0, 10)}: ${run.size} products, ` +
      `${run.warmup} warm-up then ${run.queries} timed queries, one at a time, first page of ${run.page} hits. ` +
      `Each system in its own child process (${run.pinned === 'no' ? 'unpinned' : `pinned with \`${run.pinned}\``}), ` +
      `load average ${run.loadAtStart} at the start and ${run.loadAtEnd} at the end.`,
    'Goal (issue "Smart search"): p99 at most 10 ms on one core, build at most 30 s.',
    '',
    "Catalogue: Home Depot's 54,667 product titles (`../shared/datasets/search/homedepot`) and seeded variants of " +
      'them (another colour, pack size or length) up to the size asked for; brand from the leading words, a ' +
      'department from the product words, a log-normal price, colour/material/pack attributes from the title ' +
      '(`bench/search-speed/catalogue.ts`). English only, titles only: the corpus has no descriptions. Queries: ' +
      "Home Depot's real 1-5 word search-box queries in a seeded order (typos included).",
    '',
    'build s: wall time to index the catalogue (Hexamall: documents, spelling, lexicon and query understanding). ' +
      'heap MB: V8 heap used after the build minus before it, both after two forced collections (the catalogue ' +
      'records themselves are in both). RSS MB: the whole child process after the build. Latencies: one ' +
      "search as a results page asks it, measured around the system's call, no HTTP. mean hits: the total " +
      'each system reports (Hexamall applies the filters its query understanding infers, e.g. a brand or a ' +
      'department named in the query, so its totals are smaller). Load: the one-minute load average of the ' +
      '2-core machine, which other people share; the pinned core is shared with whatever else runs.',
    '',
    table,
    '',
    '| system | what a query does | facets |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.system} | ${r.query} | ${r.facets} |`),
    '',
  ].join('\n');
}

if (values.child) await runChild(values.child, values.result ?? '/dev/stdout');
else await runParent();

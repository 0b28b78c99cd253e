import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { prepare, stockOf } from './fixtures.ts';
import { addToCart, checkout, productDetail, productList, type ScenarioResult } from './scenarios.ts';
import { startServer } from './server.ts';

const GOALS =
  'Goals (PostgreSQL, 2 cores): product detail >= 5,000 req/s with p99 <= 20 ms; checkout >= 500 orders/s, zero oversell.';

/**
 * `npm run bench -- api [--duration S] [--connections N] [--targets pglite,postgres]`: the same load on the
 * embedded PGlite and on PostgreSQL, side by side, written to docs/benchmarks/api.{md,json}.
 */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      targets: { type: 'string', default: 'pglite,postgres' },
      'database-url': {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
      stock: { type: 'string', default: '20000' },
    },
  });
  const load = { durationSeconds: Number(values.duration), connections: Number(values.connections) };
  const targets = (values.targets ?? '').split(',').filter(Boolean) as ('pglite' | 'postgres')[];
  if (targets.includes('postgres') && !(await reachable(values['database-url']!))) {
    console.error(`PostgreSQL at ${values['database-url']} is not reachable: skipping that target`);
    targets.splice(targets.indexOf('postgres'), 1);
  }
  const rows: (ScenarioResult & { target: string; oversold?: number })[] = [];
  for (const target of targets) {
    console.error(`[${target}] starting the server and seeding the demo shop...`);
    const server = await startServer(target, values['database-url']!);
    try {
      const fixtures = await prepare(server.baseUrl, load.connections, Number(values.stock));
      for (const run of [
        () => productList(server.baseUrl, load),
        () => productDetail(server.baseUrl, fixtures, load),
        () => addToCart(server.baseUrl, fixtures, load),
        () => checkout(server.baseUrl, fixtures, load),
      ]) {
        const result = await run();
        console.error(`[${target}] ${result.scenario}: ${result.requestsPerSecond} req/s`);
        rows.push({ target, ...result });
      }
      const stock = await stockOf(server.baseUrl, fixtures.ownerToken, fixtures.checkoutSkuId);
      const last = rows[rows.length - 1]!;
      // The server's count: each placed order holds one unit (requests still in flight when the load
      // stopped count too). Reserving more than is on hand would be oversell.
      last.orders = stock.reserved;
      last.ordersPerSecond = Math.round(stock.reserved / load.durationSeconds);
      last.oversold = Math.max(0, stock.reserved - stock.onHand);
    } finally {
      await server.stop();
    }
  }
  const table = render(rows, load);
  console.log(table);
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/api.md', table + '\n');
  writeFileSync('docs/benchmarks/api.json', JSON.stringify({ load, rows }, null, 2) + '\n');
}

function render(
  rows: (ScenarioResult & { target: string; oversold?: number })[],
  load: { durationSeconds: number; connections: number },
) {
  const lines = [
    '# API benchmark',
    '',
    `\`npm run bench -- api\`: autocannon, ${load.connections} connections, ${load.durationSeconds} s per scenario, server and load generator as separate processes on this machine (${new Date().toISOString().slice(0, 10)}).`,
    GOALS,
    '',
    '| scenario | database | requests/s | p50 ms | p99 ms | non-2xx | orders/s | orders | oversold |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.target} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.non2xx} | ${r.ordersPerSecond ?? ''} | ${r.orders ?? ''} | ${r.oversold ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
